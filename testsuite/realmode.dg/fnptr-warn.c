/* With -fplugin-arg-realmode-warn, storing a plain function pointer in
   a realmode pointer is a warning.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-warn" } */

#include "fnptr-types.h"

plainfn *plainp;
rmfn *rmp;

void
f (void)
{
  rmp = plainp; /* { dg-warning "adds 'realmode'" } */
  /* { dg-message "note: a function called through it must be realmode" "" { target *-*-* } .-1 } */
}
