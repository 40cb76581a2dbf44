/* The attribute on a struct type is ignored with a -Wattributes warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

struct __attribute__((realmode)) s { int a; }; /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */

int
get (struct s *s)
{
  return s->a;
}
