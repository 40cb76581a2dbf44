/* HWASan: no __hwasan_ calls and no tagging in a realmode function.
   None of the supported compilers has HWASan for x86_64 or ppc64le, so
   this is UNSUPPORTED there.  */
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
