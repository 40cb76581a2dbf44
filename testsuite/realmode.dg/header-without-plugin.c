/* realmode.h without the plugin: REALMODE_PLUGIN is 0, and __realmode
   falls back to the compiler's own attributes, which turn KASAN off.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

#include "realmode.h"

#if REALMODE_PLUGIN != 0
#error REALMODE_PLUGIN is not 0 without the plugin
#endif

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) __realmode int
rm (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
