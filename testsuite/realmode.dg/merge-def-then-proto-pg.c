/* A prototype with the attribute after the definition: no profiler call
   (-pg) in the definition.  */
/* { dg-do compile } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O2 -pg" } */

extern int g;

__attribute__((noinline)) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline)) int
rm (int *p)
{
  return *p + g;
}

int rm (int *p) __attribute__((realmode));

/* { dg-final { scan-function plain "mcount" } } */
/* { dg-final { scan-function-not rm "mcount" } } */
