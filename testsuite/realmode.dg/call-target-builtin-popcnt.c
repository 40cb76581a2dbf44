/* With the popcnt instruction, __builtin_popcountl is an instruction:
   no call, no error (call-libcall-popcount.c: without it, a libcall).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mpopcnt" } */

__attribute__((noinline, realmode)) int
rm (unsigned long x)
{
  return __builtin_popcountl (x);
}

/* { dg-final { scan-function rm {\mpopcnt} } } */
