/* gcov (-fprofile-arcs): no arc counters in a realmode function.
   -fno-section-anchors keeps ppc64le and aarch64 counters addressed by name.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 -fprofile-arcs" } */
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
/* { dg-final { scan-function-not rm "__gcov" } } */
/* { dg-final { scan-assembler-not "__gcov0\\.rm" } } */
