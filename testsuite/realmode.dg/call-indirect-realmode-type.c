/* An indirect call through a pointer to a realmode function type is
   safe.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

typedef int rm_fn (int) __attribute__((realmode));

__attribute__((noinline, realmode)) int
f (rm_fn *fp, int x)
{
  return fp (x) + 1;
}

/* { dg-final { scan-function f {\mcall\s+\*%|\mbctrl\M|\mblr\s+x[0-9]+\M} } } */
