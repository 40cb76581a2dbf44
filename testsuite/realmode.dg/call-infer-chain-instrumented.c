/* a and b are not instrumented, but b calls c, which is: a is not safe
   to call from a realmode function, and the notes follow the chain.  */
/* { dg-do compile } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O2 -pg" } */

static __attribute__((noinline)) int
c (int x)
{
  return x * 3;
}

static __attribute__((noinline, no_instrument_function)) int
b (int x)
{
  return c (x) + 2; /* { dg-message "note: 'b' calls 'c', which is instrumented \\(-pg(: its code refers to _mcount)?\\)" } */
}

static __attribute__((noinline, no_instrument_function)) int
a (int x)
{
  return b (x) + 3; /* { dg-message "note: 'a' calls 'b'(?!,)" } */
}

__attribute__((noinline, realmode)) int
f (int x)
{
  return a (x); /* { dg-error "call to 'a' from realmode function 'f' may reach instrumented code" } */
}
