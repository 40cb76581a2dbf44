/* The region markers cost no instruction: no call to them is left, and
   the calls inside the region are.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

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
