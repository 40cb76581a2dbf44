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

// GCC 13 (-fabi-version=18) mangles the operators' parameter as a
// substitution of the closure's own, so the names differ from 12's.
// { dg-final { scan-function _ZNK5plainMUlPiE_clES_ "__asan_store4_noabort" { target { ! gcc13 } } } }
// { dg-final { scan-function-not _ZNK2rmMUlPiE_clES_ "__asan_" { target { ! gcc13 } } } }
// { dg-final { scan-function _ZNK5plainMUlPiE_clES0_ "__asan_store4_noabort" { target gcc13 } } }
// { dg-final { scan-function-not _ZNK2rmMUlPiE_clES0_ "__asan_" { target gcc13 } } }
