/* allow needs a value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow" } */

/* { dg-error "realmode: argument 'allow' needs a value: '-fplugin-arg-realmode-allow=...'" "" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
