/* An indirect call through a pointer whose type is not realmode may reach
   anything: an error.  The same call from an ordinary function is
   fine.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

__attribute__((noinline)) int
plain (int (*fp) (int), int x)
{
  return fp (x) + 1;
}

__attribute__((noinline, realmode)) int
f (int (*fp) (int), int x)
{
  return fp (x) + 1; /* { dg-error "indirect call from realmode function 'f' may reach instrumented code" } */
  /* { dg-message "note: indirect call through a pointer whose type is not realmode" "" { target *-*-* } .-1 } */
}
