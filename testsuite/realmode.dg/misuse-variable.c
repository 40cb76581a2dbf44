/* The attribute on a variable is ignored with a -Wattributes warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

int v __attribute__((realmode)); /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */

int
get (void)
{
  return v;
}
