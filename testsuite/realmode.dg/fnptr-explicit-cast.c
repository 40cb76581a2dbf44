/* An explicit cast is the programmer's word that the function is safe:
   no diagnostic (fnptr-assign-pointer.c: without the cast, an error).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

plainfn *plainp;
rmfn *rmp;

void
f (void)
{
  rmp = (rmfn *) plainp;
  rmp = (rmfn *) plainf;
}
