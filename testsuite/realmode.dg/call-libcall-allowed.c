/* A libgcc routine that the build knows to be safe (kernel: lib/ has
   its own, uninstrumented) is allowed by name, like any symbol, and
   its call is recorded as sanctioned for realmode-objcheck.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow=__divti3" } */

__attribute__((noinline, realmode)) __int128
rm (__int128 a, __int128 b)
{
  return a / b;
}

/* { dg-final { scan-function rm {\m__divti3\M} } } */
/* { dg-final { scan-assembler {\.discard\.realmode\.unchecked} } } */
