/* A table of realmode handlers with a plain function in it: an error at
   that entry.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "fnptr-types.h"

rmfn *handlers[] = {
  rmf,
  plainf, /* { dg-error "'plainf' is not realmode" } */
};

plainfn *plain_handlers[] = { rmf, plainf };
