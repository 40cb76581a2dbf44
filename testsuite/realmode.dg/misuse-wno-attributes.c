/* -Wno-attributes silences the warning for misplaced attributes.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wno-attributes" } */

int v __attribute__((realmode));

struct s
{
  int f __attribute__((realmode));
};

int
get (struct s *s)
{
  return s->f + v;
}
