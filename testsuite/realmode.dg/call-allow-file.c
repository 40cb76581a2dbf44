/* allow-file=PATH: the symbols listed in PATH, one a line, with comments
   and blanks, are safe to call; others still are not.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=$srcdir/realmode.dg/call-allow.list" } */

extern int lock (int);
extern int unlock (int);
extern int other (int); /* { dg-message "note: 'other' is not declared realmode" } */

__attribute__((noinline, realmode)) int
f (int x)
{
  return lock (x) + unlock (x);
}

__attribute__((noinline, realmode)) int
g (int x)
{
  return other (x); /* { dg-error "call to 'other' from realmode function 'g' may reach instrumented code" } */
}
