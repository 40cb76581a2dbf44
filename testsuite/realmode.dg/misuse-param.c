/* The attribute on a parameter is ignored with a -Wattributes warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

int
f (int x __attribute__((realmode))) /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */
{
  return x;
}
