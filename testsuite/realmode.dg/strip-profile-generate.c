/* -fprofile-generate (arcs and value profiling): no counters and no
   __gcov_indirect_call profiling in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-options "-O2 -fprofile-generate" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* } } */

__attribute__((noinline)) int
plain (int (*fn) (int), int a)
{
  return fn (a) + 1;
}

__attribute__((noinline, realmode)) int
rm (int (*fn) (int), int a)
{
  return fn (a) + 1;
}

/* { dg-final { scan-function plain "__gcov_indirect_call" } } */
/* { dg-final { scan-function-not rm "__gcov" } } */
