/* The signed-overflow check of an always_inline helper is an internal
   call (.UBSAN_CHECK_MUL) that expansion turns into a handler call; in
   a realmode function it becomes the plain multiplication.  The
   ordinary caller keeps the check.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=signed-integer-overflow" } */

static inline __attribute__((always_inline)) int
mul (int a, int b)
{
  return a * b;
}

__attribute__((noinline)) int
plain (int a, int b)
{
  return mul (a, b);
}

__attribute__((noinline, realmode)) int
rm (int a, int b)
{
  return mul (a, b);
}

/* { dg-final { scan-function plain "__ubsan_handle_mul_overflow" } } */
/* { dg-final { scan-function-not rm "__ubsan" } } */
