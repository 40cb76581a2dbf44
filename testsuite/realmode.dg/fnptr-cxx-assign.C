// C++: a plain function pointer stored in a realmode pointer is an
// error; C++ keeps no trace of a cast between the two types, so the
// escape is a cast through void *.
// { dg-do compile }
// { dg-options "-O2" }

#include "fnptr-types.h"

plainfn *plainp;
rmfn *rmp;

void
f ()
{
  rmp = plainp; // { dg-error "conversion from 'int \\(\\*\\)\\(int\\)' adds 'realmode'" }
  // { dg-message "note: a function called through it must be realmode" "" { target *-*-* } .-1 }
  rmp = plainf; // { dg-error "'int plainf\\(int\\)' is not realmode" }
  rmp = (rmfn *) (void *) plainp;
}
