/* realmode.h with the plugin: REALMODE_PLUGIN is 1 and __realmode is the
   attribute.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fplugin-arg-realmode-verbose" } */

#include "realmode.h"

#if REALMODE_PLUGIN != 1
#error REALMODE_PLUGIN is not 1 with the plugin
#endif

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) __realmode int
rm (int *p) /* { dg-message "realmode: 'rm': stripped kernel-address" } */
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
