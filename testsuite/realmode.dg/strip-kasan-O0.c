/* KASAN at -O0: a realmode function is not instrumented either.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O0 -fsanitize=kernel-address" } */

int
plain (int *p)
{
  return *p + 1;
}

__attribute__((realmode)) int
rm (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
