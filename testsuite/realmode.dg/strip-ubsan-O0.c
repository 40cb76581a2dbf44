/* UBSan at -O0: no checks in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O0 -fsanitize=shift,signed-integer-overflow" } */

__attribute__((noinline)) int
plain (int a, int b)
{
  return (a << b) + a;
}

__attribute__((noinline, realmode)) int
rm (int a, int b)
{
  return (a << b) + a;
}

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
