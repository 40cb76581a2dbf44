/* The region markers belong in realmode functions: elsewhere they are
   errors.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void);

void
f (void)
{
  realmode_unchecked_begin (); /* { dg-error "'realmode_unchecked_begin' outside a realmode function" } */
  ext ();
  realmode_unchecked_end (); /* { dg-error "'realmode_unchecked_end' outside a realmode function" } */
}
