/* A builtin that stays a call (memcpy of an unknown size) is checked like
   any call: an error, with a note at the declaration.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern void *memcpy (void *, const void *, unsigned long); /* { dg-message "note: 'memcpy' is not declared realmode" } */

__attribute__((noinline)) void
plain (char *d, const char *s, unsigned long n)
{
  memcpy (d, s, n);
}

__attribute__((noinline, realmode)) void
f (char *d, const char *s, unsigned long n)
{
  memcpy (d, s, n); /* { dg-error "call to 'memcpy' from realmode function 'f' may reach instrumented code" } */
}
