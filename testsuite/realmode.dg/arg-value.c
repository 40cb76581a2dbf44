/* The plugin's arguments are switches: a value is an error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-verbose=1" } */

/* { dg-error "realmode: argument 'verbose' takes no value" "" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
