// realmode.h in C++ with the plugin: __realmode on a member function.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

#include "realmode.h"

#if REALMODE_PLUGIN != 1
#error REALMODE_PLUGIN is not 1 with the plugin
#endif

struct S
{
  int v;
  int plain (int *p);
  __realmode int rm (int *p);
};

int
S::plain (int *p)
{
  return *p + v;
}

int
S::rm (int *p)
{
  return *p + v;
}

// { dg-final { scan-function _ZN1S5plainEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1S2rmEPi "__asan_" } }
