/* -fcondition-coverage (GCC 14) adds condition counters (__gcov8.*) to
   gcov's arc counters: neither in a realmode function.
   -fno-section-anchors keeps ppc64le and aarch64 counters addressed by name.  */
/* { dg-do compile } */
/* { dg-require-effective-target condition_coverage } */
/* { dg-options "-O2 -fprofile-arcs -fcondition-coverage" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

extern int g;

__attribute__((noinline)) int
plain (int a, int b)
{
  return a && b ? g : a + 2;
}

__attribute__((noinline, realmode)) int
rm (int a, int b)
{
  return a && b ? g : a + 2;
}

/* { dg-final { scan-function plain "__gcov8\\.plain" } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
/* { dg-final { scan-assembler-not "__gcov8\\.rm" } } */
