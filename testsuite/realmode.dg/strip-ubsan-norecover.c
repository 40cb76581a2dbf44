/* UBSan with -fno-sanitize-recover: no aborting check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift -fno-sanitize-recover=shift" } */

__attribute__((noinline)) int
plain (int a, int b)
{
  return a << b;
}

__attribute__((noinline, realmode)) int
rm (int a, int b)
{
  return a << b;
}

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds_abort" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
