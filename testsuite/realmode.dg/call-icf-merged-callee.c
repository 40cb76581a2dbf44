/* Identical code folding made h2 an alias of h1, which has the same
   code: the error names the function the source calls, and a note says
   that the notes after it are about the other one.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fipa-icf" } */

extern int ext (int);

static __attribute__((noinline)) int
h1 (int x)
{
  return ext (x) * 7; /* { dg-message "note: 'h1' calls 'ext', which is not declared realmode" } */
}

static __attribute__((noinline)) int
h2 (int x) /* { dg-message "note: 'h2' has the same code as 'h1' and was merged with it" } */
{
  return ext (x) * 7;
}

int
use (int x)
{
  return h1 (x);
}

__attribute__((noinline, realmode)) int
rm (int x)
{
  return h2 (x) + 1; /* { dg-error "call to 'h2' from realmode function 'rm' may reach instrumented code" } */
}
