/* The attribute on a typedef of a non-function type is ignored with a
   -Wattributes warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

typedef int T __attribute__((realmode)); /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */

T
get (T *p)
{
  return *p;
}
