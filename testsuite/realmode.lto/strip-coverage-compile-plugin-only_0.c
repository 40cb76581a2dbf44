/* The plugin at compile time only, KCOV: GCC 12 streams the
   no_sanitize_coverage attribute and lto1 honours it; GCC 11 has no such
   attribute, and without the plugin's strip pass at link time the
   realmode function gets the calls: load the plugin when linking too.  */
/* { dg-do link } */
/* { dg-require-effective-target sancov } */
/* { dg-realmode-lto-plugin compile } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fsanitize-coverage=trace-pc" } */

#include "realmode.h"

int g[16];

__realmode int rm (int i) { if (i) g[i] = 1; return g[i + 1]; }

/* { dg-final { scan-function-not rm "__sanitizer_cov" { target gcc12 } } } */
/* { dg-final { scan-function rm "__sanitizer_cov" { target gcc11_only } } } */
