/* UBSan float-divide-by-zero (not in -fsanitize=undefined): no check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=float-divide-by-zero" } */

__attribute__((noinline)) double
plain (double a, double b)
{
  return a / b;
}

__attribute__((noinline, realmode)) double
rm (double a, double b)
{
  return a / b;
}

/* { dg-final { scan-function plain "__ubsan_handle_divrem_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
