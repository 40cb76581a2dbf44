/* -fharden-control-flow-redundancy (GCC 14) checks the blocks a
   function went through before it returns.  Checked inline (up to
   hardcfr-max-inline-blocks blocks), the check is code of the function
   itself: a bit map on the stack and a trap, both fine with the MMU off.
   The realmode function is accepted and keeps it, as the plain one.  */
/* { dg-do compile } */
/* { dg-require-effective-target hardcfr } */
/* { dg-options "-O2 -fharden-control-flow-redundancy" } */

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

__attribute__((noinline, realmode)) int
rm (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (g[i])
      s += g[i];
  return s;
}

/* { dg-final { scan-function-not plain "__hardcfr_check" } } */
/* { dg-final { scan-function-not rm "__hardcfr_check" } } */
/* { dg-final { scan-function rm "ud2" { target x86_64-*-* } } } */
/* { dg-final { scan-function rm "\\mtw\[a-z\]*\\M" { target powerpc64le-*-* } } } */
/* { dg-final { scan-function rm "\\mbrk\\M" { target aarch64-*-* } } } */
