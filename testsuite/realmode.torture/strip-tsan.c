/* TSan is stripped from a realmode function at every optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-fsanitize=thread" } */

__attribute__((noinline)) void
plain (int *p)
{
  *p = 1;
}

__attribute__((noinline, realmode)) void
rm (int *p)
{
  *p = 1;
}

/* { dg-final { scan-function plain "__tsan_write4" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
