/* -fplugin-arg-realmode-warn: an unsafe indirect call is a warning.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-warn" } */

__attribute__((noinline, realmode)) int
f (int (*fp) (int), int x)
{
  return fp (x) + 1; /* { dg-warning "indirect call from realmode function 'f' may reach instrumented code" } */
  /* { dg-message "note: indirect call through a pointer whose type is not realmode" "" { target *-*-* } .-1 } */
}

/* { dg-final { scan-assembler "\\.size\\s+f," } } */
