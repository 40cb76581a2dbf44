/* An end marker without a region open is an error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "realmode.h"

__attribute__((noinline, realmode)) void
f (int *p)
{
  *p = 1;
  realmode_unchecked_end (); /* { dg-error "'realmode_unchecked_end' without a matching 'realmode_unchecked_begin'" } */
}
