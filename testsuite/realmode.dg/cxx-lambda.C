// A lambda whose operator() carries the attribute is not instrumented.
// -fno-ipa-sra keeps the operators' names free of .isra suffixes.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address -fno-ipa-sra" }

auto plain = [] (int *q) __attribute__((noinline)) { *q = q[1]; };
auto rm = [] (int *q) __attribute__((noinline, realmode)) { *q = q[1]; };

void
use (int *p)
{
  plain (p);
  rm (p);
}

// { dg-final { scan-function _ZNK5plainMUlPiE_clES_ "__asan_store4_noabort" } }
// { dg-final { scan-function-not _ZNK2rmMUlPiE_clES_ "__asan_" } }
