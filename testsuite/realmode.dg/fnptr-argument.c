/* A plain function pointer passed where a realmode one is expected: an
   error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

plainfn *plainp;
void take (rmfn *);
void take_plain (plainfn *);

void
f (void)
{
  take (plainp); /* { dg-error "conversion from 'int \\(\\*\\)\\(int\\)' adds 'realmode'" } */
  /* { dg-message "note: a function called through it must be realmode" "" { target *-*-* } .-1 } */
  take_plain (plainp);
}
