/* The C2x spelling [[gnu::realmode]] works like __attribute__((realmode)).  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -std=gnu2x -fsanitize=kernel-address" } */

[[gnu::noinline]] int
plain (int *p)
{
  return *p + 1;
}

[[gnu::noinline, gnu::realmode]] int
rm (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
