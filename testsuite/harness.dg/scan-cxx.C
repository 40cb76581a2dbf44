// scan-function on C++: functions are named by their assembler (mangled)
// names; inline members and templates live in COMDAT sections.
// { dg-do compile }
// { dg-options "-O2 -fno-exceptions" }

extern "C" void foo ();

namespace ns {

struct widget
{
  int v;
  __attribute__ ((noinline)) int get () { foo (); return v; }
};

template <typename T>
__attribute__ ((noinline)) T twice (T x) { return x + x; }

int
use (widget &w)
{
  return w.get () + twice (w.v);
}

}

// { dg-final { scan-function _ZN2ns6widget3getEv {\mfoo\M} } }
// { dg-final { scan-function-not _ZN2ns5twiceIiEET_S1_ {\mfoo\M} } }
// { dg-final { scan-function _ZN2ns3useERNS_6widgetE {_ZN2ns6widget3getEv} } }
// { dg-final { scan-function-not _ZN2ns3useERNS_6widgetE {\mfoo\M} } }
// { dg-final { scan-assembler {\.section\s+\.text\._ZN2ns6widget3getEv,.*comdat} } }
