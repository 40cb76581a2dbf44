/* User-space ASan: no checks in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target asan } */
/* { dg-options "-O2 -fsanitize=address" } */

__attribute__((noinline)) int
plain (int *p)
{
  *p = 1;
  return p[1];
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  *p = 1;
  return p[1];
}

/* { dg-final { scan-function plain "__asan_report_store4" } } */
/* { dg-final { scan-function plain "__asan_report_load4" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
