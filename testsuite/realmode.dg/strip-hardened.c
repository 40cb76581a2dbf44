/* -fhardened (GCC 14) turns on hardening, not instrumentation: the
   stack protector (allowed, its canary is readable in real mode),
   -ftrivial-auto-var-init=zero, -fcf-protection.  Under it a realmode
   function is still stripped of KASAN.  */
/* { dg-do compile } */
/* { dg-require-effective-target hardened } */
/* { dg-options "-O2 -fhardened -fsanitize=kernel-address" } */

extern void sink (char *);

__attribute__((noinline)) int
plain (int a)
{
  char buf[64];
  sink (buf);
  return buf[a & 63];
}

__attribute__((noinline, realmode)) int
rm (int a, char *p)
{
  char buf[64];
  __builtin_memcpy (buf, p, 8);
  return buf[a & 63];
}

/* { dg-final { scan-function plain "__asan_" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function rm "endbr64" { target x86_64-*-* } } } */
