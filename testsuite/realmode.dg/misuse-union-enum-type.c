/* The attribute on a union or enum type is ignored with a -Wattributes
   warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

union __attribute__((realmode)) u { int a; float f; }; /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */
enum __attribute__((realmode)) e { A, B }; /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */

int
get (union u *u, enum e e)
{
  return u->a + e;
}
