/* The memcpy that expansion creates for a structure copy inside a
   sanctioned region is not checked.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

#include "realmode.h"

struct big
{
  long w[512];
};

__attribute__((noinline, realmode)) void
copy (struct big *d, const struct big *s)
{
  realmode_unchecked_begin ();
  *d = *s;
  realmode_unchecked_end ();
}

/* { dg-final { scan-function copy {\mmemcpy\M} } } */
