/* Torture self-test of the harness: scan-function at every optimisation
   level, on plain compiler output (no plugin needed).  */
/* { dg-do compile } */

extern void foo (int);

__attribute__ ((noinline)) void
calls_foo (int n)
{
  for (int i = 0; i < n; i++)
    foo (i);
}

__attribute__ ((noinline)) int
no_foo (int x)
{
  return x * 3;
}

/* { dg-final { scan-function calls_foo {\mfoo\M} } } */
/* { dg-final { scan-function-not no_foo {\mfoo\M} } } */
/* { dg-final { scan-function-not calls_foo "__asan_" } } */
