/* A prototype with no_sanitize after a realmode definition: the merged
   attributes still strip everything.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=kernel-address,shift" } */

__attribute__((noinline)) int
plain (int *p, int b)
{
  return *p << b;
}

__attribute__((noinline, realmode)) int
rm (int *p, int b)
{
  return *p << b;
}

int rm (int *p, int b) __attribute__((no_sanitize ("shift")));

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__asan_|__ubsan_" } } */
