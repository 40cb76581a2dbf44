/* Without dg-options a test is compiled with -O2, and the plugin's
   include directory is on the include path.  */
/* { dg-do compile } */

#include "realmode.h"

#ifndef __OPTIMIZE__
#error default options are not -O2
#endif
#ifndef REALMODE_PLUGIN
#error realmode.h does not define REALMODE_PLUGIN
#endif

int f (int x) { return x; }
