// realmode.h in C++ without the plugin: the fallback attributes are
// accepted on a member function and turn KASAN off.
// { dg-do compile }
// { dg-realmode-no-plugin }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

#include "realmode.h"

#if REALMODE_PLUGIN != 0
#error REALMODE_PLUGIN is not 0 without the plugin
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
