/* UBSan float-cast-overflow (not in -fsanitize=undefined): no check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=float-cast-overflow" } */

__attribute__((noinline)) int
plain (double d)
{
  return (int) d;
}

__attribute__((noinline, realmode)) int
rm (double d)
{
  return (int) d;
}

/* { dg-final { scan-function plain "__ubsan_handle_float_cast_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
