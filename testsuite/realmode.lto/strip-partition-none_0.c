/* -flto-partition=none: one lto1 does the whole link; the realmode
   function is stripped there too.  */
/* { dg-do link } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -flto -ffat-lto-objects -flto-partition=none -fsanitize=kernel-address -fsanitize-coverage=trace-pc" } */

#include "realmode.h"

int g[16];

__realmode int rm (int i) { if (i) g[i] = 1; return g[i + 1]; }
int plain (int i) { if (i) g[i] = 2; return g[i + 2]; }

/* { dg-final { scan-function-not rm "__asan_|__sanitizer_cov" } } */
/* { dg-final { scan-function plain "__asan_" } } */
/* { dg-final { scan-function plain "__sanitizer_cov" } } */
