/* A realmode target_clones function: every version is realmode, so the
   call through its dispatcher is accepted, and recorded as sanctioned
   for realmode-objcheck, which cannot see the versions behind the
   ifunc.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

__attribute__((realmode, target_clones ("avx2", "default"))) int
tc (int x)
{
  return x * 3;
}

__attribute__((noinline, realmode)) int
rm (int x)
{
  return tc (x) + 1;
}

/* { dg-final { scan-assembler {\.discard\.realmode\.unchecked} } } */
