/* The realmode.h fallback without the plugin turns gcov off.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 -fprofile-arcs" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

#include "realmode.h"

extern int g;

__attribute__((noinline)) int
plain (int a)
{
  return a ? g : a + 2;
}

__attribute__((noinline)) __realmode int
rm (int a)
{
  return a ? g : a + 2;
}

/* { dg-final { scan-function plain "__gcov0\\.plain" } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
