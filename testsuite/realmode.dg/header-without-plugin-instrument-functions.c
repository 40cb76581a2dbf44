/* The realmode.h fallback without the plugin turns
   -finstrument-functions off.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target instrument_functions } */
/* { dg-options "-O2 -finstrument-functions" } */

#include "realmode.h"

extern int g;

__attribute__((noinline)) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline)) __realmode int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "__cyg_profile_func_enter" } } */
/* { dg-final { scan-function-not rm "__cyg_profile_func_" } } */
