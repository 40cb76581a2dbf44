/* -fplugin-arg-realmode-disable: the attribute is accepted, and nothing
   is stripped: the realmode function is instrumented like any other.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fplugin-arg-realmode-disable" } */

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

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function rm "__asan_load4_noabort" } } */
