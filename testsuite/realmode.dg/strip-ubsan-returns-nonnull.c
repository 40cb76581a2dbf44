/* UBSan returns-nonnull-attribute: no check of the returned pointer in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=returns-nonnull-attribute" } */

__attribute__((noinline)) __attribute__((returns_nonnull)) int *
plain (int *p)
{
  return p;
}

__attribute__((noinline, realmode)) __attribute__((returns_nonnull)) int *
rm (int *p)
{
  return p;
}

/* { dg-final { scan-function plain "__ubsan_handle_nonnull_return" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
