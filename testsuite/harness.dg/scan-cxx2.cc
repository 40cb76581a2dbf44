// .cc files are C++ too.
// { dg-do compile }

extern "C" void foo ();

void calls_foo () { foo (); }
int no_foo (int x) { return x * 3; }

// { dg-final { scan-function _Z9calls_foov {\mfoo\M} } }
// { dg-final { scan-function-not _Z6no_fooi {\mfoo\M} } }
