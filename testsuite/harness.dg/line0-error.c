/* An error of the compiler driver ("gcc: error: ...") matches line 0.  */
/* { dg-do compile } */
/* { dg-options "-O2 --param=realmode-harness-no-such-param=1" } */

/* { dg-error "unrecognized command-line option '--param=realmode-harness-no-such-param=1'" "" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
