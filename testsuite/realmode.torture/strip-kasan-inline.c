/* Inline KASAN is stripped from a realmode function at every optimisation
   level.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-fsanitize=kernel-address -fasan-shadow-offset=0xdffffc0000000000 --param asan-instrumentation-with-call-threshold=10000" } */

__attribute__((noinline)) void
plain (int *p)
{
  *p = 1;
}

__attribute__((noinline, realmode)) void
rm (int *p)
{
  *p = 1;
}

/* { dg-final { scan-function plain "__asan_report_store4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_|-2305847407260205056|0xdfff" } } */
