/* A sanctioned call the compiler made without a source location (GCC 14
   gives __hardcfr_check none): the record of the sanctioned call takes the
   function's location instead.  It once took the call's, none, and cc1
   crashed in final() reading the file name of an annotation.  */
/* { dg-do compile } */
/* { dg-require-effective-target hardcfr } */
/* { dg-options "-O2 -g -fharden-control-flow-redundancy --param hardcfr-max-inline-blocks=0 -fplugin-arg-realmode-allow=__hardcfr_check" } */

extern int g[16];

__attribute__((noinline, realmode)) int
rm (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (g[i])
      s += g[i];
  return s;
}

/* { dg-final { scan-function rm "__hardcfr_check" } } */
/* { dg-final { scan-assembler "\\.discard\\.realmode\\.unchecked" } } */
