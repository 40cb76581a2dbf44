/* -fstrub=all (GCC 14): a realmode function is not scrubbed (no
   __strub_enter/__strub_update/__strub_leave calls, no .strub.0 body), and
   functions that are still call it: it is strub ("callable").  */
/* { dg-do compile } */
/* { dg-require-effective-target strub } */
/* { dg-options "-O2 -fstrub=all" } */

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
