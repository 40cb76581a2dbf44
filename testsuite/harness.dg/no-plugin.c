/* dg-realmode-no-plugin compiles without -fplugin: realmode.h then
   says REALMODE_PLUGIN is 0, and -fplugin-arg-realmode-* options (which
   are errors without the plugin) are dropped.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-options "-O2 -fplugin-arg-realmode-harness-test" } */

#include "realmode.h"

#if REALMODE_PLUGIN
#error compiled with the plugin
#endif

int f (int x) { return x; }
