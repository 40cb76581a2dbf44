/* UBSan builtin: no check of __builtin_ctz arguments in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=builtin" } */

__attribute__((noinline)) int
plain (unsigned int x)
{
  return __builtin_ctz (x);
}

__attribute__((noinline, realmode)) int
rm (unsigned int x)
{
  return __builtin_ctz (x);
}

/* { dg-final { scan-function plain "__ubsan_handle_invalid_builtin" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
