// A lambda defined in a realmode function is a function of its own, not
// realmode: calling it out of line under KASAN is an error.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

extern int g;

__attribute__((noinline, realmode)) int
f (int *p)
{
  auto get = [p] () __attribute__((noinline)) { return *p + g; }; // { dg-message "note: 'f\\(int\\*\\)::<lambda\\(\\)>' is declared inline but was not inlined" }
  return get (); // { dg-error "call to 'f\\(int\\*\\)::<lambda\\(\\)>::operator\\(\\)' from realmode function 'int f\\(int\\*\\)' may reach instrumented code" }
}
