/* A call from a realmode function to an external function that is not
   declared realmode is an error, with a note at the declaration.  The
   same call from an ordinary function is fine.  */
/* { dg-do compile } */

extern int ext (int); /* { dg-message "12: note: 'ext' is not declared realmode" } */

__attribute__((noinline)) int
plain (int x)
{
  return ext (x) + 1;
}

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1; /* { dg-error "10: call to 'ext' from realmode function 'f' may reach instrumented code" } */
}
