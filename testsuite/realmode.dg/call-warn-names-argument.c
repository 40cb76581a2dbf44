/* A plugin cannot add a -W option: in warn mode each warning names the
   argument that made it one, where GCC names a warning's option.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-warn" } */

extern int ext (int); /* { dg-message "note: 'ext' is not declared realmode" } */

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1; /* { dg-warning "may reach instrumented code \\\[-fplugin-arg-realmode-warn\\\]" } */
}
