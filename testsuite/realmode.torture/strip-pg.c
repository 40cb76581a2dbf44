/* -pg is stripped from a realmode function at every optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target pg } */
/* { dg-options "-pg" } */

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

/* { dg-final { scan-function plain "mcount" } } */
/* { dg-final { scan-function-not rm "mcount" } } */
