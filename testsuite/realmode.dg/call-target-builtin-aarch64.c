/* Target builtins that become instructions are no calls: reading the
   FPCR in a realmode function is fine.  */
/* { dg-do compile { target aarch64-*-* } } */
/* { dg-options "-O2" } */

__attribute__((noinline, realmode)) unsigned int
rm (void)
{
  return __builtin_aarch64_get_fpcr ();
}

/* { dg-final { scan-function rm {\mmrs\M.*fpcr} } } */
