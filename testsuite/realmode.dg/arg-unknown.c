/* An unknown plugin argument is an error that names it and lists the
   known ones.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-foo" } */

/* { dg-error "realmode: unknown argument 'foo'; known arguments: allow, allow-file, warn, verbose, disable, help" "" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
