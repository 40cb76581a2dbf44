/* At -O0 with all of UBSan, the checks of an inlined always_inline
   helper are stripped from a realmode function too.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O0 -fsanitize=undefined" } */

static inline __attribute__((always_inline)) int
mul (int a, int b)
{
  return a * b + (a << b);
}

int
plain (int a, int b)
{
  return mul (a, b);
}

__attribute__((realmode)) int
rm (int a, int b)
{
  return mul (a, b);
}

/* { dg-final { scan-function plain "__ubsan_handle_mul_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan" } } */
