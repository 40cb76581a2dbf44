/* With -fprofile-update=atomic the counters of an inlined helper are
   updated by atomic builtins: removed from a realmode function too.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 -fprofile-arcs -fprofile-update=atomic" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

static inline int
helper (int *p)
{
  if (*p > 3)
    return p[1];
  return p[2];
}

__attribute__((noinline)) int
plain (int *p)
{
  return helper (p) * 2;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return helper (p) + 1;
}

/* { dg-final { scan-function plain "__gcov0\\." } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
