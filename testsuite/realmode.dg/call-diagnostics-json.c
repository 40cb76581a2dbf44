/* With -fdiagnostics-format=json the error still comes out, with its
   note, its line and its kind.  The whole report is one JSON document, so
   one dg-regexp checks it: GCC 13 puts a diagnostic's message before its
   children (and GCC 14 spreads the document over lines).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdiagnostics-format=json" } */

extern int ext (int);

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1;
}

/* { dg-regexp {\[\{"kind": "error", .*"message": "'ext' is not declared realmode".*"line": 13, .*"message": "call to 'ext' from realmode function 'f' may reach instrumented code"\}\]} { target { ! gcc13 } } } */
/* { dg-regexp {\[\{"kind": "error",\s*"message": "call to 'ext' from realmode function 'f' may reach instrumented code",\s*"children": \[\{"kind": "note",\s*"message": "'ext' is not declared realmode",.*"line": 13,.*"escape-source": false\}\]} { target gcc13 } } */
