/* An allow file that cannot be read is an error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=no-such-realmode.list" } */

/* { dg-error "realmode: cannot read allow file 'no-such-realmode.list': No such file or directory" "" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
