/* A plain function pointer stored in a realmode pointer would make an
   indirect call through it look safe: an error.  Storing it in a plain
   pointer, or a realmode pointer in a realmode pointer, is fine.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

plainfn *plainp;
rmfn *rmp;
plainfn *other;

void
f (void)
{
  rmp = plainp; /* { dg-error "conversion from 'int \\(\\*\\)\\(int\\)' adds 'realmode' to a function pointer type" } */
  /* { dg-message "note: a function called through it must be realmode; cast explicitly if it is" "" { target *-*-* } .-1 } */
  other = plainp;
  rmp = rmp;
}
