/* The realmode.h fallback without the plugin turns
   -fpatchable-function-entry off.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fpatchable-function-entry=2" } */

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

/* { dg-final { scan-function plain "__patchable_function_entries" } } */
/* { dg-final { scan-function-not rm "__patchable_function_entries" } } */
