/* A region never closed is an error at its beginning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void);

__attribute__((noinline, realmode)) void
f (void)
{
  realmode_unchecked_begin (); /* { dg-error "'realmode_unchecked_begin' is not closed on every path to the return" } */
  ext ();
}
