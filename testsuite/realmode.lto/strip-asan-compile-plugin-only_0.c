/* The plugin at compile time only: the no_sanitize attribute it gave the
   realmode function is streamed, so lto1 alone leaves out KASAN there
   (KCOV on GCC 11 needs the plugin at link time: strip-coverage_0.c).  */
/* { dg-do link } */
/* { dg-require-effective-target kasan } */
/* { dg-realmode-lto-plugin compile } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fsanitize=kernel-address" } */

#include "realmode.h"

int g[16];

__realmode int rm (int i) { g[i] = 1; return g[i + 1]; }
int plain (int i) { g[i] = 2; return g[i + 2]; }

/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function plain "__asan_" } } */
