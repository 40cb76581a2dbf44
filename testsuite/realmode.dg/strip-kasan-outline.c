/* Outline KASAN: a realmode function makes no __asan_load/store call.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address --param asan-instrumentation-with-call-threshold=0" } */

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

/* { dg-final { scan-function plain "__asan_store4_noabort" } } */
/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
