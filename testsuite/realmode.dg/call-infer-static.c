/* A static function of this file that gets no instrumentation (none is
   enabled) and calls nothing unsafe is safe to call from a realmode
   function without being marked.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

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
