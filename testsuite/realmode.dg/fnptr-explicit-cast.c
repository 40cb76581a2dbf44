/* An explicit cast is the programmer's word that the function is safe:
   no diagnostic (fnptr-assign-pointer.c: without the cast, an error).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

typedef int rmfn (int) __attribute__((realmode));
typedef int plainfn (int);

int plainf (int);
__attribute__((realmode)) int rmf (int);

plainfn *plainp;
rmfn *rmp;

void
f (void)
{
  rmp = (rmfn *) plainp;
  rmp = (rmfn *) plainf;
}
