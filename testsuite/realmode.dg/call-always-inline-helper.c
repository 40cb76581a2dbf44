/* An always_inline helper is inlined into the realmode function and
   leaves no call behind: nothing to report.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

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
