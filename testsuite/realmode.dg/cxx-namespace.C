// A realmode function in a namespace is not instrumented.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

namespace ns
{
  __attribute__((noinline)) int
  plain (int *p)
  {
    return *p + 1;
  }

  __attribute__((noinline, realmode)) int
  rm (int *p)
  {
    return *p + 1;
  }
}

// { dg-final { scan-function _ZN2ns5plainEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN2ns2rmEPi "__asan_" } }
