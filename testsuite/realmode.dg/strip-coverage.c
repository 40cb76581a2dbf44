/* --coverage (gcov arcs and notes): no counters in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 --coverage" } */
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
