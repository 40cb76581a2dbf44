// A realmode function named memcpy in a namespace is another symbol
// (_ZN4mine6memcpyEPvPKvm): it says nothing about the C memcpy that a
// structure copy calls, which is still an error.
// { dg-do compile }
// { dg-options "-O2" }
// { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } }

namespace mine
{
  __attribute__((realmode)) void *memcpy (void *, const void *, unsigned long);
}

struct big
{
  long w[2048];
};

__attribute__((noinline, realmode)) void
copy (big *d, const big *s)
{
  *d = *s; // { dg-error "call to 'memcpy' from realmode function 'void copy\\(big\\*, const big\\*\\)' may reach instrumented code" }
  // { dg-message "note: call to 'memcpy' generated for a structure copy" "" { target *-*-* } .-1 }
}
