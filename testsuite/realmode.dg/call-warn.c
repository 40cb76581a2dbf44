/* -fplugin-arg-realmode-warn: unsafe calls are warnings, and the
   compilation goes on.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-warn" } */

extern int ext (int); /* { dg-message "note: 'ext' is not declared realmode" } */

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1; /* { dg-warning "call to 'ext' from realmode function 'f' may reach instrumented code" } */
}

/* { dg-final { scan-function f {\mext\M} } } */
