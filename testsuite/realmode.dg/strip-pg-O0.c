/* -pg at -O0: no profiler call in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O0 -pg" } */

extern int g;

int
plain (int *p)
{
  return *p + g;
}

__attribute__((realmode)) int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "mcount" } } */
/* { dg-final { scan-function-not rm "mcount" } } */
