/* Each unknown plugin argument gets its own error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-foo -fplugin-arg-realmode-bar=1" } */

/* { dg-error "realmode: unknown argument 'foo'" "" { target *-*-* } 0 } */
/* { dg-error "realmode: unknown argument 'bar'" "" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
