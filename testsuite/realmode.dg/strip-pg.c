/* -pg: no profiler call (mcount on x86_64, _mcount on ppc64le and
   aarch64) in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O2 -pg" } */

extern int g;

__attribute__((noinline)) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "\tcall\t\\*?mcount" { target x86_64-*-* } } } */
/* { dg-final { scan-function plain "\tbl _mcount" { target powerpc64le-*-* } } } */
/* { dg-final { scan-function plain "\tbl\t_mcount" { target aarch64-*-* } } } */
/* { dg-final { scan-function-not rm "mcount" } } */
