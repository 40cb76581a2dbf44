/* The attribute on a prototype reaches the later definition: the front
   end's UBSan shift check is not inserted in its body.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift" } */

int rm (int a, int b) __attribute__((realmode));

__attribute__((noinline)) int
plain (int a, int b)
{
  return a << b;
}

__attribute__((noinline)) int
rm (int a, int b)
{
  return a << b;
}

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
