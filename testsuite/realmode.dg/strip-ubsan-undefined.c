/* -fsanitize=undefined: no UBSan check of any kind in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=undefined" } */

__attribute__((noinline)) int
plain (int *p, int a, int b)
{
  return (*p << a) / b;
}

__attribute__((noinline, realmode)) int
rm (int *p, int a, int b)
{
  return (*p << a) / b;
}

/* { dg-final { scan-function plain "__ubsan_handle_" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
