// C++: the attribute on a variable or a data member is ignored with a
// -Wattributes warning.
// { dg-do compile }
// { dg-options "-O2" }

int v __attribute__((realmode)); // { dg-warning "'realmode' attribute ignored: it applies only to functions" }

struct S
{
  [[gnu::realmode]] int x; // { dg-warning "'realmode' attribute ignored: it applies only to functions" }
  static int y __attribute__((realmode)); // { dg-warning "'realmode' attribute ignored: it applies only to functions" }
};
