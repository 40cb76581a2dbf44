/* UBSan checks the front end inserted before a later prototype made the
   function realmode are removed at every optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-fsanitize=shift,integer-divide-by-zero" } */

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

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function plain "__ubsan_handle_divrem_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
