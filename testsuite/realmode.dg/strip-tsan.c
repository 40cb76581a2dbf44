/* TSan: no __tsan_ calls in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O2 -fsanitize=thread" } */

__attribute__((noinline)) void
plain (int *p)
{
  *p = p[1];
}

__attribute__((noinline, realmode)) void
rm (int *p)
{
  *p = p[1];
}

/* { dg-final { scan-function plain "__tsan_read4" } } */
/* { dg-final { scan-function plain "__tsan_write4" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
