/* -fplugin-arg-realmode-disable: no strip pass either; the UBSan check
   stays in a function that a later prototype declares realmode.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift -fplugin-arg-realmode-disable" } */

__attribute__((noinline)) int
rm (int a, int b)
{
  return a << b;
}

int rm (int a, int b) __attribute__((realmode));

/* { dg-final { scan-function rm "__ubsan_handle_shift_out_of_bounds" } } */
