/* A call inside a sanctioned region is not checked, and the markers
   leave no instruction, at every optimisation level.  */
/* { dg-do compile } */

#include "realmode.h"

extern void ext (void);

__attribute__((noinline, realmode)) void
f (int x)
{
  if (x)
    return;
  realmode_unchecked_begin ();
  ext ();
  realmode_unchecked_end ();
}

/* { dg-final { scan-function f {\mext\M} } } */
/* { dg-final { scan-assembler-not "__realmode_unchecked" } } */
