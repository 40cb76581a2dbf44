/* A realmode function calling one defined realmode in the other
   translation unit: the link accepts it, and both are stripped.  */
/* { dg-do link } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fsanitize=kernel-address" } */

#include "realmode.h"

extern __realmode int helper (int);
extern int g[16];

__realmode int rm (int i) { g[i] = 1; return helper (i) + 1; }

/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function-not helper "__asan_" } } */
/* { dg-final { scan-function plain "__asan_" } } */
