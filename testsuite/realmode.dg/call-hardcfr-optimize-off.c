/* The way out the note names: optimize ("no-harden-control-flow-
   redundancy") on the realmode function leaves it without the check,
   while the plain function still calls __hardcfr_check.  */
/* { dg-do compile } */
/* { dg-require-effective-target hardcfr } */
/* { dg-options "-O2 -fharden-control-flow-redundancy --param hardcfr-max-inline-blocks=0" } */

extern int g[16];

__attribute__((noinline)) int
plain (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (g[i])
      s += g[i];
  return s;
}

__attribute__((noinline, realmode,
	       optimize ("no-harden-control-flow-redundancy"))) int
rm (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (g[i])
      s += g[i];
  return s;
}

/* { dg-final { scan-function plain "__hardcfr_check" } } */
/* { dg-final { scan-function-not rm "__hardcfr_check" } } */
