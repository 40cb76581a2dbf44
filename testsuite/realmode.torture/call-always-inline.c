/* An always_inline helper leaves no call in a realmode function at any
   optimisation level: nothing to report.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-fsanitize=kernel-address" } */

static inline __attribute__((always_inline)) int
helper (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
f (int *p)
{
  return helper (p);
}

/* { dg-final { scan-function-not f {\mhelper\M} } } */
/* { dg-final { scan-function-not f "__asan_" } } */
