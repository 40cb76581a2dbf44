/* An always_inline callee inlined into a realmode function is not
   instrumented there; the same callee inlined into an ordinary function
   is.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static inline __attribute__((always_inline)) int
get (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) int
plain (int *p)
{
  return get (p);
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return get (p);
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function-not rm "get" } } */
