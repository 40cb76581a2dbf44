/* Only the realmode functions lose their instrumentation: of four
   functions with the same body, the two without the attribute keep
   theirs, before and after the realmode ones.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address --param asan-instrumentation-with-call-threshold=0" } */

__attribute__((noinline)) int
first (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
rm1 (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
rm2 (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) int
last (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function first "__asan_load4_noabort" } } */
/* { dg-final { scan-function last "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm1 "__asan_" } } */
/* { dg-final { scan-function-not rm2 "__asan_" } } */
/* { dg-final { scan-assembler-times "__asan_load4_noabort" 2 } } */
