/* Each scan kind FAILs where it should: every expectation here is wrong,
   and xfail turns each FAIL into an XFAIL.  A scan that passed vacuously
   would show up as an XPASS, which counts as a failure.  This includes
   scans of a function that does not exist.  */
/* { dg-do compile } */

extern void foo (void);

void
calls_foo (void)
{
  foo ();
}

int
no_foo (int x)
{
  return x * 3;
}

/* { dg-final { scan-assembler "this_symbol_is_not_there" { xfail *-*-* } } } */
/* { dg-final { scan-assembler-not "calls_foo" { xfail *-*-* } } } */
/* { dg-final { scan-assembler-times "calls_foo" 0 { xfail *-*-* } } } */
/* { dg-final { scan-function no_foo "foo" { xfail *-*-* } } } */
/* { dg-final { scan-function-not calls_foo "foo" { xfail *-*-* } } } */
/* { dg-final { scan-function-times calls_foo "foo" 2 { xfail *-*-* } } } */
/* Bodies of functions that do not exist are never empty, they are not
   found: every kind of scan-function fails.  */
/* { dg-final { scan-function not_a_function "foo" { xfail *-*-* } } } */
/* { dg-final { scan-function-not not_a_function "foo" { xfail *-*-* } } } */
/* { dg-final { scan-function-times not_a_function "foo" 0 { xfail *-*-* } } } */
/* A prefix of a real function's name is not that function.  */
/* { dg-final { scan-function-not calls_fo "foo" { xfail *-*-* } } } */
