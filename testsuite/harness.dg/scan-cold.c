/* The cold partition (FUNC.cold) belongs to the body of FUNC: UBSan's
   handler calls, moved there at -O2, are found by scan-function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=undefined" } */

int
divide (int a, int b)
{
  return a / b + (a << b);
}

int
plain (int a)
{
  return a + 1;
}

/* { dg-final { scan-function divide "__ubsan_handle_divrem_overflow" } } */
/* { dg-final { scan-function divide "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function-not plain "__ubsan_handle_(divrem|shift)" } } */
/* { dg-final { scan-assembler {^divide\.cold:} { target x86_64-*-* } } } */
