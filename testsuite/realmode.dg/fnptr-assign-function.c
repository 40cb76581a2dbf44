/* A function that is not realmode, stored in a realmode pointer: an
   error.  A realmode function is fine.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

rmfn *rmp;

void
f (void)
{
  rmp = plainf; /* { dg-error "'plainf' is not realmode, but is stored where a pointer to a realmode function type is expected" } */
  rmp = rmf;
}
