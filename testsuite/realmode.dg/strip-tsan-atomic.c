/* TSan: __atomic builtins stay plain atomics in a realmode function, not
   __tsan_atomic* calls.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O2 -fsanitize=thread" } */

__attribute__((noinline)) int
plain (int *p)
{
  return __atomic_load_n (p, __ATOMIC_ACQUIRE);
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return __atomic_load_n (p, __ATOMIC_ACQUIRE);
}

/* { dg-final { scan-function plain "__tsan_atomic32_load" } } */
/* { dg-final { scan-function-not rm "__tsan_" } } */
