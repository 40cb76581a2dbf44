/* A local initialised from a plain function pointer: an error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

plainfn *plainp;

int
f (int x)
{
  rmfn *local = plainp; /* { dg-error "conversion from 'int \\(\\*\\)\\(int\\)' adds 'realmode'" } */
  /* { dg-message "note: a function called through it must be realmode" "" { target *-*-* } .-1 } */
  plainfn *other = plainp;

  return local (x) + other (x);
}
