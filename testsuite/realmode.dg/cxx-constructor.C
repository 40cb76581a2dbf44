// A realmode constructor is not instrumented (both its C1 and C2 symbols
// name the one body GCC emits).
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

struct P
{
  int v;
  P (int *p);
};

struct R
{
  int v;
  __attribute__((realmode)) R (int *p);
};

P::P (int *p) : v (*p) {}
R::R (int *p) : v (*p) {}

// { dg-final { scan-function _ZN1PC2EPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1RC2EPi "__asan_" } }
