/* a, b and c are not instrumented, but c calls an external function that
   is not realmode: a is not safe to call from a realmode function, and
   the notes follow the chain to the external call.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern int ext (int);

static __attribute__((noinline)) int
c (int x)
{
  return ext (x) + 1; /* { dg-message "note: 'c' calls 'ext', which is not declared realmode" } */
}

static __attribute__((noinline)) int
b (int x)
{
  return c (x) + 2; /* { dg-message "note: 'b' calls 'c'(?!,)" } */
}

static __attribute__((noinline)) int
a (int x)
{
  return b (x) + 3; /* { dg-message "note: 'a' calls 'b'(?!,)" } */
}

__attribute__((noinline, realmode)) int
f (int x)
{
  return a (x); /* { dg-error "call to 'a' from realmode function 'f' may reach instrumented code" } */
}
