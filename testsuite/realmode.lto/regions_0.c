/* Region markers at link time: the unsafe call between them is not
   checked, and lto1 deletes the markers.  */
/* { dg-do link } */
/* { dg-options "-O2 -flto -ffat-lto-objects" } */

#include "realmode.h"

extern void enable_mmu (void);

__realmode void rm (void)
{
  realmode_unchecked_begin ();
  enable_mmu ();
  realmode_unchecked_end ();
}

/* { dg-final { scan-function rm "enable_mmu" } } */
/* { dg-final { scan-function-not rm "realmode_unchecked_(begin|end)" } } */
