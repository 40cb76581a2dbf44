/* UBSan pointer-overflow: no pointer arithmetic check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=pointer-overflow" } */

__attribute__((noinline)) char *
plain (char *p, long n)
{
  return p + n;
}

__attribute__((noinline, realmode)) char *
rm (char *p, long n)
{
  return p + n;
}

/* { dg-final { scan-function plain "__ubsan_handle_pointer_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
