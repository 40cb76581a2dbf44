/* Target builtins that become instructions are no calls: pause, rdtsc
   and psadbw in a realmode function are fine.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include <x86intrin.h>

__attribute__((noinline, realmode)) unsigned long long
rm (__m128i a, __m128i b)
{
  __m128i s;

  _mm_pause ();
  s = _mm_sad_epu8 (a, b);
  return __builtin_ia32_rdtsc () + _mm_cvtsi128_si64 (s);
}

/* { dg-final { scan-function rm {\mpause\M|\mrep nop\M} } } */
/* { dg-final { scan-function rm {\mrdtsc\M} } } */
/* { dg-final { scan-function rm {\mpsadbw\M} } } */
