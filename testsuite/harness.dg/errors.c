/* dg-error: the compile fails, but every error (and the note that goes
   with the first one) is expected, so there are no excess errors.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

int
f (void)
{
  return undeclared_a; /* { dg-error "'undeclared_a' undeclared" } */
  /* { dg-message "reported only once" "" { target *-*-* } .-1 } */
}

int
g (int *p)
{
  /* { dg-error "'undeclared_b' undeclared" "" { target *-*-* } .+1 } */
  return *p + undeclared_b;
}

#error this is an error /* { dg-error "this is an error" } */
