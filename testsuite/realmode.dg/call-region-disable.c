/* With -fplugin-arg-realmode-disable the markers are accepted and still
   cost no instruction.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-disable" } */

#include "realmode.h"

extern void ext (void);

__attribute__((noinline, realmode)) void
f (void)
{
  realmode_unchecked_begin ();
  ext ();
  realmode_unchecked_end ();
}

/* { dg-final { scan-function f {\mext\M} } } */
/* { dg-final { scan-assembler-not "__realmode_unchecked" } } */
