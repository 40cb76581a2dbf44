// A realmode static member function is not instrumented.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

struct S
{
  static int plain (int *p);
  __attribute__((realmode)) static int rm (int *p);
};

__attribute__((noinline)) int
S::plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) int
S::rm (int *p)
{
  return *p + 1;
}

// { dg-final { scan-function _ZN1S5plainEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1S2rmEPi "__asan_" } }
