/* The attribute on a function pointer variable is on a variable: ignored
   with a -Wattributes warning.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

void (*fp) (void) __attribute__((realmode)); /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */

void
call (void)
{
  fp ();
}
