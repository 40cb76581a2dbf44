/* An always_inline callee is inlined into a realmode function at -O0
   too, and is not instrumented there.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O0 -fsanitize=kernel-address" } */

static inline __attribute__((always_inline)) int
get (int *p)
{
  return *p + 1;
}

int
plain (int *p)
{
  return get (p);
}

__attribute__((realmode)) int
rm (int *p)
{
  return get (p);
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function-not rm "get" } } */
