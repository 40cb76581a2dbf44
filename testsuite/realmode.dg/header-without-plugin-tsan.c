/* The realmode.h fallback without the plugin turns TSan off.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O2 -fsanitize=thread" } */

#include "realmode.h"

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

/* { dg-final { scan-function plain "__tsan_read4" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
