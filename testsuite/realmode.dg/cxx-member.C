// A realmode member function is not instrumented; a sibling member
// function of the same class still is.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

struct S
{
  int v;
  int plain (int *p);
  __attribute__((realmode)) int rm (int *p);
};

__attribute__((noinline)) int
S::plain (int *p)
{
  return *p + v;
}

__attribute__((noinline)) int
S::rm (int *p)
{
  return *p + v;
}

// { dg-final { scan-function _ZN1S5plainEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1S2rmEPi "__asan_" } }
