/* -fsanitize=pointer-compare: no __sanitizer_ptr_cmp in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target asan } */
/* { dg-options "-O2 -fsanitize=address,pointer-compare" } */

__attribute__((noinline)) int
plain (char *a, char *b)
{
  return a < b;
}

__attribute__((noinline, realmode)) int
rm (char *a, char *b)
{
  return a < b;
}

/* { dg-final { scan-function plain "__sanitizer_ptr_cmp" } } */
/* { dg-final { scan-function-not rm "__sanitizer_ptr_cmp" } } */
