/* Either arm of a conditional may be stored: a plain function or
   pointer there is an error; a cast arm is the programmer's word.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

plainfn *plainp;
rmfn *rmp;

void
f (int c)
{
  rmp = c ? plainf : rmp; /* { dg-error "'plainf' is not realmode" } */
  rmp = c ? rmp : plainp; /* { dg-error "adds 'realmode'" } */
  /* { dg-message "note: a function called through it must be realmode" "" { target *-*-* } .-1 } */
  rmp = c ? (rmfn *) plainp : rmp;
}
