/* -fprofile-generate (arcs and value profiling): no counters and no
   __gcov_indirect_call profiling in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 -fprofile-generate" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

/* The pointer's type is realmode, so that the call rule lets rm call
   through it.  */
typedef int rm_fn (int) __attribute__((realmode));

__attribute__((noinline)) int
plain (rm_fn *fn, int a)
{
  return fn (a) + 1;
}

__attribute__((noinline, realmode)) int
rm (rm_fn *fn, int a)
{
  return fn (a) + 1;
}

/* { dg-final { scan-function plain "__gcov_indirect_call" } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
