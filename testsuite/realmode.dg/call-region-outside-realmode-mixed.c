/* The region markers in an ordinary function are errors, also in a file
   with realmode functions.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

extern void ext (void);

__attribute__((noinline, realmode)) int
rm (int x)
{
  return x + 1;
}

void
f (void)
{
  realmode_unchecked_begin (); /* { dg-error "'realmode_unchecked_begin' outside a realmode function" } */
  ext ();
  realmode_unchecked_end (); /* { dg-error "'realmode_unchecked_end' outside a realmode function" } */
}
