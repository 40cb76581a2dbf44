/* At -O0 too, UBSan checks the front end inserted into a body that only a
   later prototype made realmode are removed.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O0 -fsanitize=shift,integer-divide-by-zero" } */

int
plain (int a, int b)
{
  return (a << b) / b;
}

int
rm (int a, int b)
{
  return (a << b) / b;
}

int rm (int a, int b) __attribute__((realmode));

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function plain "__ubsan_handle_divrem_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
