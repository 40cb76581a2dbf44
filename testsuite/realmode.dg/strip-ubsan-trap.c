/* UBSan in trap mode (-fsanitize-undefined-trap-on-error): no trap
   instruction in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift -fsanitize-undefined-trap-on-error" } */

__attribute__((noinline)) int
plain (int a, int b)
{
  return a << b;
}

__attribute__((noinline, realmode)) int
rm (int a, int b)
{
  return a << b;
}

/* x86_64 traps with ud2, ppc64le with conditional traps (twnei, tdlti),
   aarch64 with brk #1000.  */
/* { dg-final { scan-function plain {ud2|\tt[dw]|\tbrk\s} } } */
/* { dg-final { scan-function-not rm {ud2|\tt[dw]|\tbrk\s} } } */
