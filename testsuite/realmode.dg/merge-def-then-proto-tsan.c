/* A prototype with the attribute after the definition: no TSan calls in
   the definition.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O2 -fsanitize=thread" } */

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) int
rm (int *p)
{
  return *p + 1;
}

int rm (int *p) __attribute__((realmode));

/* { dg-final { scan-function plain "__tsan_read4" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
