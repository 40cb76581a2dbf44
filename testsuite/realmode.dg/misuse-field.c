/* The attribute on a structure field is ignored with a -Wattributes
   warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

struct s
{
  int f __attribute__((realmode)); /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */
};

int
get (struct s *s)
{
  return s->f;
}
