/* KCSAN (the kernel's -fsanitize=thread flags): no __tsan_ calls, volatile
   or not, in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O2 -fsanitize=thread --param tsan-distinguish-volatile=1 --param tsan-instrument-func-entry-exit=0" } */

__attribute__((noinline)) int
plain (volatile int *v, int *p)
{
  *p = 0;
  return *v;
}

__attribute__((noinline, realmode)) int
rm (volatile int *v, int *p)
{
  *p = 0;
  return *v;
}

/* { dg-final { scan-function plain "__tsan_volatile_read4" } } */
/* { dg-final { scan-function plain "__tsan_write4" } } */
/* { dg-final { scan-function-not plain "__tsan_func_entry" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
