/* memcpy declared realmode (an assembly memcpy safe in real mode) covers
   the memcpy that expansion creates for a structure copy.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

extern void *memcpy (void *, const void *, unsigned long)
  __attribute__((realmode));

struct big
{
  long w[512];
};

__attribute__((noinline, realmode)) void
copy (struct big *d, const struct big *s)
{
  *d = *s;
}

/* { dg-final { scan-function copy {\mmemcpy\M} } } */
