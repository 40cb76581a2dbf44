/* Target builtins that become instructions are no calls: reading the
   timebase, as real-mode PowerPC code does.  */
/* { dg-do compile { target powerpc64le-*-* } } */
/* { dg-options "-O2" } */

__attribute__((noinline, realmode)) unsigned long
rm (void)
{
  return __builtin_ppc_get_timebase () + __builtin_ppc_mftb ();
}

/* { dg-final { scan-function rm {\mmftb\M|\mmfspr\M} } } */
