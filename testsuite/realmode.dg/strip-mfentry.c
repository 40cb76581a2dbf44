/* -pg -mfentry (x86_64 ftrace): no __fentry__ call in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target mfentry } */
/* { dg-options "-O2 -pg -mfentry" } */

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
/* { dg-final { scan-function-not rm "__fentry__|mcount" } } */
