/* The reserved spelling __realmode__ is the same attribute.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((__noinline__, __realmode__)) int
rm (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
