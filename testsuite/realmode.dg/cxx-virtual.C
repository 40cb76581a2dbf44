// A realmode virtual function is not instrumented; the attribute on the
// base's declaration does not reach an override.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

struct B
{
  __attribute__((realmode)) virtual int rm (int *p);
};

struct D : B
{
  int rm (int *p) override;
};

int
B::rm (int *p)
{
  return *p + 1;
}

int
D::rm (int *p)
{
  return *p + 2;
}

// { dg-final { scan-function _ZN1D2rmEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1B2rmEPi "__asan_" } }
