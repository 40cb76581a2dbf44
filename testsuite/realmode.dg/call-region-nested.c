/* Regions do not nest: a begin marker inside an open region is an
   error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void);

__attribute__((noinline, realmode)) void
f (void)
{
  realmode_unchecked_begin ();
  realmode_unchecked_begin (); /* { dg-error "'realmode_unchecked_begin' inside a region that is already open" } */
  ext ();
  realmode_unchecked_end ();
}
