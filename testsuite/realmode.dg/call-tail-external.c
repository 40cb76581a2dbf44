/* A tail call is a call: to an external function that is not realmode,
   it is an error even when it becomes a jump.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern int ext (int); /* { dg-message "note: 'ext' is not declared realmode" } */

__attribute__((noinline)) int
plain (int x)
{
  return ext (x);
}

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x); /* { dg-error "call to 'ext' from realmode function 'f' may reach instrumented code" } */
}
