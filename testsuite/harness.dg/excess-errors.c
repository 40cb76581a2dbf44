/* dg-excess-errors: an unexpected warning is an expected failure (XFAIL)
   of the excess-errors check.  Without the warning it would be an XPASS,
   which counts as a failure.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall" } */
/* { dg-excess-errors "the unused variable warning is not matched" } */

int
f (int x)
{
  int not_expected;
  return x;
}
