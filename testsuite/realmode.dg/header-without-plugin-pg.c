/* The realmode.h fallback without the plugin turns -pg off
   (no_instrument_function, the kernel's notrace).  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O2 -pg" } */

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

/* { dg-final { scan-function plain "mcount" } } */
/* { dg-final { scan-function-not rm "mcount" } } */
