/* A region left open on one path (the early return) is an error at its
   beginning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void);

__attribute__((noinline, realmode)) void
f (int x)
{
  realmode_unchecked_begin (); /* { dg-error "'realmode_unchecked_begin' is not closed on every path" } */
  ext ();
  if (x)
    return;
  realmode_unchecked_end ();
}
