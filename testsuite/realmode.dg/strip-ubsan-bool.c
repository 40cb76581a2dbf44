/* UBSan bool: no check of loaded _Bool values in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=bool" } */

__attribute__((noinline)) int
plain (_Bool *p)
{
  return *p ? 3 : 5;
}

__attribute__((noinline, realmode)) int
rm (_Bool *p)
{
  return *p ? 3 : 5;
}

/* { dg-final { scan-function plain "__ubsan_handle_load_invalid_value" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
