/* A promise broken across translation units: helper is declared realmode
   here, but defined in call-cross-tu_1.c without the attribute, and it
   calls a function that is not realmode.  Only the link sees both: the
   call rule reports it there.  */
/* { dg-do link } */
/* { dg-options "-O2 -flto -ffat-lto-objects" } */

#include "realmode.h"

extern __realmode int helper (int);

__realmode int rm (int i) { return helper (i) + 1; } /* { dg-error "call to 'helper' from realmode function 'rm' may reach instrumented code" } */

/* { dg-message "'helper' calls 'ext', which is not declared realmode" "" { target *-*-* } 0 } */
