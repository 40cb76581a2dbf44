/* A static helper that gets no instrumentation (none is enabled) is safe
   to call from a realmode function at every optimisation level.  */
/* { dg-do compile } */

static __attribute__((noinline)) int
helper (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
f (int *p)
{
  return helper (p);
}

/* { dg-final { scan-function f {\mhelper\M} } } */
