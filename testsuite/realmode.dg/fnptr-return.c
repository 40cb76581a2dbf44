/* A plain function pointer returned as a realmode one: an error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

plainfn *plainp;

rmfn *
get (void)
{
  return plainp; /* { dg-error "conversion from 'int \\(\\*\\)\\(int\\)' adds 'realmode'" } */
  /* { dg-message "note: a function called through it must be realmode" "" { target *-*-* } .-1 } */
}

plainfn *
get_plain (void)
{
  return plainp;
}
