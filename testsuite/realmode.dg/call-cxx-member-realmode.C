// A realmode member function calling a realmode member function of its
// class is fine.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

struct dev
{
  int v;
  __attribute__((realmode)) int get (int *p);
  __attribute__((realmode)) int rm (int *p);
};

__attribute__((noinline)) int
dev::get (int *p)
{
  return *p + v;
}

__attribute__((noinline)) int
dev::rm (int *p)
{
  return get (p) + 1;
}

// { dg-final { scan-function _ZN3dev2rmEPi {\s(call|jmp|bl?)\s+_ZN3dev3getEPi\M} } }
// { dg-final { scan-assembler-not "__asan_" } }
