/* gcov with -fprofile-update=atomic (the kernel's GCOV_PROFILE_ALL on SMP
   builds): no atomic counter updates in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 -fprofile-arcs -fprofile-update=atomic" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

extern int g;

__attribute__((noinline)) int
plain (int a)
{
  return a ? g : a + 2;
}

__attribute__((noinline, realmode)) int
rm (int a)
{
  return a ? g : a + 2;
}

/* { dg-final { scan-function plain "__gcov0\\.plain" } } */
/* The atomic add: lock addq on x86_64, ldarx/stdcx. on ppc64le, on
   aarch64 the outline-atomics helper (the default) or ldxr/ldadd.  */
/* { dg-final { scan-function plain {lock addq|ldarx|\m__aarch64_ldadd8_|\mld(a?xr|add[al]*)\M} } } */
/* { dg-final { scan-function-not rm {lock addq|ldarx|\m__aarch64_ldadd8_|\mld(a?xr|add[al]*)\M} } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
