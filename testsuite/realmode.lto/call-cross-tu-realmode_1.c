/* Second translation unit of call-cross-tu-realmode_0.c.  */
#include "realmode.h"

int g[16];

__realmode int helper (int i) { g[i + 1] = 3; return g[i]; }
int plain (int i) { g[i] = 2; return g[i + 2]; }
