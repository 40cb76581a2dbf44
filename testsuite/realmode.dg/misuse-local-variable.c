/* The attribute on a local variable, automatic or static, is ignored with
   a -Wattributes warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern void use (int *);

void
f (void)
{
  int a __attribute__((realmode)) = 1; /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */
  static int b __attribute__((realmode)); /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */
  use (&a);
  use (&b);
}
