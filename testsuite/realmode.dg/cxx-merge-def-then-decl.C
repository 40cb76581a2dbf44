// C++: a redeclaration with the attribute after the definition makes it
// realmode; the UBSan shift check the front end inserted is removed.
// { dg-do compile }
// { dg-require-effective-target ubsan }
// { dg-options "-O2 -fsanitize=shift" }

extern "C" {

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

}

// { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } }
// { dg-final { scan-function-not rm "__ubsan_" } }
