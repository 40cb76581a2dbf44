/* Inline KASAN: a realmode function has no shadow check and no report call.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fasan-shadow-offset=0xdffffc0000000000 --param asan-instrumentation-with-call-threshold=10000" } */

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return *p + 1;
}

/* The shadow offset 0xdffffc0000000000: x86_64 loads it with movabsq
   (-2305847407260205056), ppc64le builds it with lis 0xdfff up to GCC 13
   and from -2 rotated by rldicr ...,61,21 with GCC 14.  */
/* { dg-final { scan-function plain "__asan_report_load4_noabort" } } */
/* { dg-final { scan-function plain "-2305847407260205056|0xdfff|rldicr \[0-9\]+,\[0-9\]+,61,21" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function-not rm "-2305847407260205056|0xdfff|rldicr \[0-9\]+,\[0-9\]+,61,21" } } */
