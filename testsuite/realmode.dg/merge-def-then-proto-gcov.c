/* A prototype with the attribute after the definition: no gcov counters
   in the definition.  */
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

__attribute__((noinline)) int
rm (int a)
{
  return a ? g : a + 2;
}

int rm (int a) __attribute__((realmode));

/* { dg-final { scan-function plain "__gcov0\\.plain" } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
