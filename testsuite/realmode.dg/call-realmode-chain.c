/* Realmode functions calling realmode functions, defined here or not:
   nothing to report, and nothing instrumented.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

extern int ext_rm (int *) __attribute__((realmode));

__attribute__((noinline, realmode)) int
c (int *p)
{
  return ext_rm (p) + *p;
}

__attribute__((noinline, realmode)) int
b (int *p)
{
  return c (p) + 2;
}

__attribute__((noinline, realmode)) int
a (int *p)
{
  return b (p) + 3;
}

/* { dg-final { scan-function a {\s(call|jmp|bl?)\s+b\M} } } */
/* { dg-final { scan-function b {\s(call|jmp|bl?)\s+c\M} } } */
/* { dg-final { scan-function c {\s(call|jmp|bl?)\s+ext_rm\M} } } */
/* { dg-final { scan-assembler-not "__asan_" } } */
