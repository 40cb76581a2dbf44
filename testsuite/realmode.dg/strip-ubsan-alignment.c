/* UBSan alignment: no alignment check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=alignment" } */

__attribute__((noinline)) int
plain (int *p)
{
  return *p;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return *p;
}

/* { dg-final { scan-function plain "__ubsan_handle_type_mismatch" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
