// -fplugin-arg-realmode-verbose names a C++ function with its class and
// parameter types.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address -fplugin-arg-realmode-verbose" }

struct S
{
  int v;
  __attribute__((realmode)) int rm (int *p);
};

int
S::rm (int *p) // { dg-message "note: realmode: 'int S::rm\\(int\\*\\)': stripped kernel-address" }
{
  return *p + v;
}
