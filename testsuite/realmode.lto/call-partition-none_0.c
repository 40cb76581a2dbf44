/* call-cross-tu_0.c with -flto-partition=none: one lto1 for the link.
   here, but defined in call-partition-none_1.c without the attribute, and it
   calls a function that is not realmode.  Only the link sees both: the
   call rule reports it there.  */
/* { dg-do link } */
/* { dg-options "-O2 -flto -ffat-lto-objects -flto-partition=none" } */

#include "realmode.h"

extern __realmode int helper (int);

__realmode int rm (int i) { return helper (i) + 1; } /* { dg-error "call to 'helper' from realmode function 'rm' may reach instrumented code" } */

/* { dg-message "'helper' calls 'ext', which is not declared realmode" "" { target *-*-* } 0 } */
