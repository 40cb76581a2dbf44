/* A realmode function with a region of its own, inlined into another's
   open region: the regions nest, and every call until the outer end is
   sanctioned, the one after the inner region's end too.  Nesting
   written in one function is still an error (call-region-nested.c).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void);
extern void ext2 (void);

static __attribute__((realmode)) void
inner (void)
{
  realmode_unchecked_begin ();
  ext ();
  realmode_unchecked_end ();
}

__attribute__((noinline, realmode)) void
outer (void)
{
  realmode_unchecked_begin ();
  inner ();
  ext2 ();
  realmode_unchecked_end ();
}

/* { dg-final { scan-function outer {\mext\M} } } */
/* { dg-final { scan-function outer {\mext2\M} } } */
/* { dg-final { scan-assembler-times {\.quad\s+\.Lrealmode_unchecked_[0-9]+} 2 } } */
