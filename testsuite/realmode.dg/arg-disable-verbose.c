/* -fplugin-arg-realmode-disable wins over verbose: nothing is stripped,
   so nothing is reported.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fplugin-arg-realmode-verbose -fplugin-arg-realmode-disable" } */

__attribute__((noinline, realmode)) int
rm (int *p) /* { dg-bogus "realmode" } */
{
  return *p + 1;
}

/* { dg-final { scan-function rm "__asan_load4_noabort" } } */
