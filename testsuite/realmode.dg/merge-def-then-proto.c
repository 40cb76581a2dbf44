/* A prototype with the attribute after the definition makes the definition
   realmode.  The front end inserted the UBSan shift check while parsing
   the body, before it knew; the plugin removes it.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift" } */

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

int rm (int a, int b) __attribute__((realmode));

/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
