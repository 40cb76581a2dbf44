/* realmode after the function's own no_sanitize attribute: both apply,
   nothing of either sanitizer is left.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=kernel-address,shift" } */

__attribute__((noinline, no_sanitize ("shift"))) int
plain (int *p, int b)
{
  return *p << b;
}

__attribute__((noinline, no_sanitize ("shift"), realmode)) int
rm (int *p, int b)
{
  return *p << b;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not plain "__ubsan_" } } */
/* { dg-final { scan-function-not rm "__asan_|__ubsan_" } } */
