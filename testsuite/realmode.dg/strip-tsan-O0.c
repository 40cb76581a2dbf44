/* TSan at -O0: a realmode function is not instrumented.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O0 -fsanitize=thread" } */

void
plain (int *p)
{
  *p = p[1];
}

__attribute__((realmode)) void
rm (int *p)
{
  *p = p[1];
}

/* { dg-final { scan-function plain "__tsan_read4" } } */
/* { dg-final { scan-function plain "__tsan_func_entry" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
