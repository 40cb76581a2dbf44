/* A table of realmode handlers with a plain function in it: an error at
   that entry.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

typedef int rmfn (int) __attribute__((realmode));
typedef int plainfn (int);

int plainf (int);
__attribute__((realmode)) int rmf (int);

rmfn *handlers[] = {
  rmf,
  plainf, /* { dg-error "'plainf' is not realmode" } */
};

plainfn *plain_handlers[] = { rmf, plainf };
