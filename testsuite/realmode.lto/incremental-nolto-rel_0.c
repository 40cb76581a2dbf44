/* -r -flinker-output=nolto-rel: the incremental link generates code, and
   the realmode function is stripped in it.  */
/* { dg-do link } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -flto -ffat-lto-objects -r -fsanitize=kernel-address" } */
/* { dg-realmode-lto-link-options "-fno-fat-lto-objects -flinker-output=nolto-rel" } */

#include "realmode.h"

int g[16];

__realmode int rm (int i) { g[i] = 1; return g[i + 1]; }
int plain (int i) { g[i] = 2; return g[i + 2]; }

/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function plain "__asan_" } } */
