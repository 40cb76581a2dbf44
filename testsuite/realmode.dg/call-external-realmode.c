/* An external function declared realmode is safe to call.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

extern int ext (int) __attribute__((realmode));

__attribute__((noinline, realmode)) int
f (int x)
{
  return ext (x) + 1;
}

/* { dg-final { scan-function f {\mext\M} } } */
