// A lambda marked realmode, defined in a realmode function, is safe to
// call from it, and carries no instrumentation itself.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

__attribute__((noinline, realmode)) int
f (int *p)
{
  auto get = [p] () __attribute__((noinline, realmode)) { return *p + 1; };
  return get ();
}

// { dg-final { scan-assembler-not "__asan_" } }
