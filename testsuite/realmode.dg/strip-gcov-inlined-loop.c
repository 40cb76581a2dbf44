/* The loop optimisers may take an inlined helper's gcov loop counter as
   the loop's induction variable: removing the counter's update leaves
   its read feeding the loop.  In a realmode function that read is
   gone too (it starts from zero); an ordinary function keeps its
   counters.  -fno-section-anchors keeps ppc64le and aarch64 counters
   addressed by name.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O1 -fprofile-arcs" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

int g[8], h;

static int
helper (int n)
{
  int i, s = 0;

  for (i = 0; i < n; i++)
    s += g[i];
  return s;
}

__attribute__((noinline)) int
plain (int n)
{
  int i, s = 0;

  for (i = 0; i < n; i++)
    s -= g[i];
  return s;
}

__attribute__((noinline, realmode)) int
rm (int n)
{
  return helper (n) + h;
}

/* { dg-final { scan-function plain "__gcov0\\." } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
