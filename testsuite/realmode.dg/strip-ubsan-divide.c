/* UBSan integer-divide-by-zero: no division check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=integer-divide-by-zero" } */

__attribute__((noinline)) int
plain (int a, int b)
{
  return a / b;
}

__attribute__((noinline, realmode)) int
rm (int a, int b)
{
  return a / b;
}

/* { dg-final { scan-function plain "__ubsan_handle_divrem_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
