/* A static realmode function is not instrumented; a static sibling is.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fno-ipa-sra -fno-ipa-cp" } */

static __attribute__((noinline)) int
plain (int *p)
{
  *p = 1;
  return p[1];
}

static __attribute__((noinline, realmode)) int
rm (int *p)
{
  *p = 1;
  return p[1];
}

int
use (int *p, int *q)
{
  return plain (p) + rm (q);
}

/* { dg-final { scan-function plain "__asan_store4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
