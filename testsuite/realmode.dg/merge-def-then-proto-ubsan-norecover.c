/* Non-returning UBSan handlers (-fno-sanitize-recover) inserted before a
   later prototype made the function realmode are removed too.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift,integer-divide-by-zero -fno-sanitize-recover=all" } */

__attribute__((noinline)) int
plain (int a, int b)
{
  return (a << b) / b;
}

__attribute__((noinline)) int
rm (int a, int b)
{
  return (a << b) / b;
}

int rm (int a, int b) __attribute__((realmode));

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds_abort" } } */
/* { dg-final { scan-function plain "__ubsan_handle_divrem_overflow_abort" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
