/* An indirect call through a structure member whose type is a pointer to
   a realmode function type is safe; through its sibling member of an
   ordinary function pointer type, an error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

typedef int rm_fn (int) __attribute__((realmode));

struct ops
{
  rm_fn *rm_op;
  int (*op) (int);
};

__attribute__((noinline, realmode)) int
f (struct ops *o, int x)
{
  return o->rm_op (x) + 1;
}

__attribute__((noinline, realmode)) int
g (struct ops *o, int x)
{
  return o->op (x) + 1; /* { dg-error "indirect call from realmode function 'g' may reach instrumented code" } */
  /* { dg-message "note: indirect call through a pointer whose type is not realmode" "" { target *-*-* } .-1 } */
}
