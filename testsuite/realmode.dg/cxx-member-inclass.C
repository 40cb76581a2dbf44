// A realmode member function defined in its class (an inline, COMDAT
// function) is not instrumented.  -fno-ipa-sra keeps the names of both
// free of .isra suffixes.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address -fno-ipa-sra" }

struct S
{
  int v;
  __attribute__((noinline)) int plain (int *p) { return *p + v; }
  __attribute__((noinline, realmode)) int rm (int *p) { return *p + v; }
};

int
use (S *s, int *p)
{
  return s->plain (p) + s->rm (p);
}

// { dg-final { scan-function _ZN1S5plainEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1S2rmEPi "__asan_" } }
