/* The realmode.h fallback without the plugin turns UBSan off.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift" } */

#include "realmode.h"

__attribute__((noinline)) int
plain (int a, int b)
{
  return a << b;
}

__attribute__((noinline)) __realmode int
rm (int a, int b)
{
  return a << b;
}

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
