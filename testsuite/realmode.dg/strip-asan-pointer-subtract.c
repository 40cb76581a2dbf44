/* -fsanitize=pointer-subtract: no __sanitizer_ptr_sub in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target asan } */
/* { dg-options "-O2 -fsanitize=address,pointer-subtract" } */

__attribute__((noinline)) long
plain (char *a, char *b)
{
  return a - b;
}

__attribute__((noinline, realmode)) long
rm (char *a, char *b)
{
  return a - b;
}

/* { dg-final { scan-function plain "__sanitizer_ptr_sub" } } */
/* { dg-final { scan-function-not rm "__sanitizer_ptr_sub" } } */
