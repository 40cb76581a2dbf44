/* In a cycle of static functions, one calls an external function that is
   not realmode: the whole cycle is unsafe, and the notes follow it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fno-optimize-sibling-calls" } */

extern void trace (unsigned int);

static int odd (unsigned int n);

static __attribute__((noinline)) int
even (unsigned int n)
{
  return n == 0 ? 1 : odd (n - 1); /* { dg-message "note: 'even' calls 'odd'(?!,)" } */
}

static __attribute__((noinline)) int
odd (unsigned int n)
{
  trace (n); /* { dg-message "note: 'odd' calls 'trace', which is not declared realmode" } */
  return n == 0 ? 0 : even (n - 1);
}

__attribute__((noinline, realmode)) int
f (unsigned int n)
{
  return even (n); /* { dg-error "call to 'even' from realmode function 'f' may reach instrumented code" } */
}
