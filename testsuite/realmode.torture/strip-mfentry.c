/* -pg -mfentry -mrecord-mcount (x86_64 ftrace) is stripped from a
   realmode function at every optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target mfentry } */
/* { dg-require-effective-target mrecord_mcount } */
/* { dg-options "-pg -mfentry -mrecord-mcount" } */

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

/* { dg-final { scan-function plain "__fentry__" } } */
/* { dg-final { scan-function plain "__mcount_loc" } } */
/* { dg-final { scan-function-not rm "__fentry__|__mcount_loc|mcount" } } */
