/* A prototype with the attribute after the definition: no KASAN checks
   in the definition.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) int
rm (int *p)
{
  return *p + 1;
}

int rm (int *p) __attribute__((realmode));

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
