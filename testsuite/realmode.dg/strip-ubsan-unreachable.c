/* UBSan unreachable: __builtin_unreachable is no handler call in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=unreachable" } */

__attribute__((noinline)) int
plain (int a)
{
  if (a > 10)
    __builtin_unreachable ();
  return a + 1;
}

__attribute__((noinline, realmode)) int
rm (int a)
{
  if (a > 10)
    __builtin_unreachable ();
  return a + 1;
}

/* { dg-final { scan-function plain "__ubsan_handle_builtin_unreachable" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
