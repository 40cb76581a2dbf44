/* A builtin that expands inline (memcpy of 16 bytes) is no call:
   nothing to report.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern void *memcpy (void *, const void *, unsigned long);

__attribute__((noinline, realmode)) void
f (char *d, const char *s)
{
  memcpy (d, s, 16);
}

/* { dg-final { scan-function-not f "memcpy" } } */
