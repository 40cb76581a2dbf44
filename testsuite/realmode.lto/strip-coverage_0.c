/* KCOV at link time: GCC 11 has no per-function switch for it, so the
   plugin's strip pass must run in lto1 to remove the calls.  */
/* { dg-do link } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fsanitize-coverage=trace-pc" } */

#include "realmode.h"

int g[16];

__realmode int rm (int i) { if (i) g[i] = 1; return g[i + 1]; }
int plain (int i) { if (i) g[i] = 2; return g[i + 2]; }

/* { dg-final { scan-function-not rm "__sanitizer_cov" } } */
/* { dg-final { scan-function plain "__sanitizer_cov" } } */
