/* realmode before a no_sanitize attribute on the same function: the
   later attribute, merged into realmode's, does not narrow it.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=kernel-address,shift" } */

__attribute__((noinline, no_sanitize ("shift"))) int
plain (int *p, int b)
{
  return *p << b;
}

__attribute__((noinline, realmode, no_sanitize ("shift"))) int
rm (int *p, int b)
{
  return *p << b;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_|__ubsan_" } } */
