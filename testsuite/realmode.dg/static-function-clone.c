/* A clone GCC makes of a static realmode function (here an IPA-CP clone
   for the constant argument) is not instrumented either; the clone of
   an ordinary sibling is.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static __attribute__((noinline)) int
plain (int *p, int n)
{
  return p[n];
}

static __attribute__((noinline, realmode)) int
rm (int *p, int n)
{
  return p[n];
}

int
use (int *p, int *q)
{
  return plain (p, 3) + plain (q, 3) + rm (p, 3) + rm (q, 3);
}

/* { dg-final { scan-assembler "plain\\.constprop\\.0:" } } */
/* { dg-final { scan-assembler "rm\\.constprop\\.0:" } } */
/* { dg-final { scan-function plain.constprop.0 "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm.constprop.0 "__asan_" } } */
