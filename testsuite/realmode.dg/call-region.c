/* Calls inside a sanctioned region are not checked; the same call after
   the region is.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void); /* { dg-message "note: 'ext' is not declared realmode" } */

__attribute__((noinline, realmode)) void
f (void)
{
  realmode_unchecked_begin ();
  ext ();
  realmode_unchecked_end ();
  ext (); /* { dg-error "call to 'ext' from realmode function 'f' may reach instrumented code" } */
}
