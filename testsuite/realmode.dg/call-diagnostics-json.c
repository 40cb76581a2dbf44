/* With -fdiagnostics-format=json the error still comes out, with its
   note, its line and its kind.  The whole report is one line of JSON, so
   one pattern checks it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdiagnostics-format=json" } */

extern int ext (int);

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1;
}

/* { dg-message "\"kind\": \"error\", .*\"message\": \"'ext' is not declared realmode\".*\"line\": 12, .*\"message\": \"call to 'ext' from realmode function 'f' may reach instrumented code\"" "json" { target *-*-* } 0 } */
