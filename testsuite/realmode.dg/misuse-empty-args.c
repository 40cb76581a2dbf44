/* An empty argument list is no argument: the attribute applies and
   strips.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode ())) int
rm (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
