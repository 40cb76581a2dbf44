/* KASAN software tags (-fsanitize=kernel-hwaddress): no __hwasan_ calls
   in a realmode function.  UNSUPPORTED without HWASan for the target.  */
/* { dg-do compile } */
/* { dg-require-effective-target hwasan } */
/* { dg-options "-O2 -fsanitize=kernel-hwaddress" } */

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
