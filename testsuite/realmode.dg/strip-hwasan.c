/* HWASan: no __hwasan_ calls and no tagging in a realmode function.
   Of the supported compilers only aarch64 has HWASan; the x86_64 and
   ppc64le ones have none, so this is UNSUPPORTED there.  */
/* { dg-do compile } */
/* { dg-require-effective-target hwasan } */
/* { dg-options "-O2 -fsanitize=hwaddress" } */

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

/* { dg-final { scan-function plain "__hwasan_load4" } } */
/* { dg-final { scan-function-not rm "__hwasan_" } } */
