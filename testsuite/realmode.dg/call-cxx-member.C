// A realmode member function calling an instrumented member function of
// its class is an error; the same call from an ordinary member is fine.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

struct dev
{
  int v;
  int get (int *p);
  int plain (int *p);
  __attribute__((realmode)) int rm (int *p);
};

__attribute__((noinline)) int
dev::get (int *p) // { dg-message "note: 'int dev::get\\(int\\*\\)' is instrumented in this translation unit \\(address sanitizer: its code refers to __asan_\[a-z0-9_\]*\\); mark it 'realmode'" }
{
  return *p + v;
}

__attribute__((noinline)) int
dev::plain (int *p)
{
  return get (p) + 1;
}

__attribute__((noinline)) int
dev::rm (int *p)
{
  return get (p) + 1; // { dg-error "call to 'dev::get' from realmode function 'int dev::rm\\(int\\*\\)' may reach instrumented code" }
}
