// The attribute takes no arguments, in C++ either spelling.
// { dg-do compile }
// { dg-options "-O2" }

int f (void) __attribute__((realmode (1))); // { dg-error "wrong number of arguments specified for 'realmode' attribute" }
// { dg-message "expected between 0 and 0, found 1" "" { target *-*-* } .-1 }

struct S
{
  void m () __attribute__((realmode (2))); // { dg-error "wrong number of arguments specified for 'realmode' attribute" }
  // { dg-message "expected between 0 and 0, found 1" "" { target *-*-* } .-1 }
};

[[gnu::realmode (3)]] int g (void); // { dg-error "'realmode' attribute does not take any arguments" }
