/* A call to an external function that is not realmode is an error at
   every optimisation level.  */
/* { dg-do compile } */

extern int ext (int); /* { dg-message "note: 'ext' is not declared realmode" } */

__attribute__((noinline)) int
plain (int x)
{
  return ext (x) + 1;
}

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1; /* { dg-error "call to 'ext' from realmode function 'f' may reach instrumented code" } */
}
