/* gcov instruments a helper before IPA inlining: its counter updates
   come along into every function it is inlined into.  In a realmode
   function they are removed, with the loads that fed them; the
   ordinary caller keeps them.  (The kernel's GCOV_PROFILE := y with
   KASAN_SANITIZE := n.)  -fno-section-anchors keeps ppc64le and aarch64
   counters addressed by name.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O2 -pg -fprofile-arcs" } */
/* { dg-additional-options "-mfentry" { target x86_64-*-* } } */
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
