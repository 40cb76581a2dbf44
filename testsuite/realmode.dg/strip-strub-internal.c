/* -fstrub=internal (GCC 14): a realmode function keeps no internal
   wrapper and calls no __strub_ routine.  */
/* { dg-do compile } */
/* { dg-require-effective-target strub } */
/* { dg-options "-O2 -fstrub=internal" } */

extern int g[16];

__attribute__((noinline)) int
plain (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += g[i];
  return s;
}

__attribute__((noinline, realmode)) int
rm (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += g[i];
  return s;
}

int
use (int n)
{
  return plain (n) + rm (n);
}

/* { dg-final { scan-function plain "__strub_leave" } } */
/* { dg-final { scan-function-not rm "__strub_|rm\\.strub" } } */
