/* A function declared with a realmode function type is a realmode
   function: its later definition, which does not repeat the attribute,
   is stripped.  A function of the same type written without the
   typedef keeps its instrumentation.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -fsanitize=kernel-address -fsanitize-coverage=trace-pc" } */

typedef int fnt (int *) __attribute__((realmode));

fnt helper;

__attribute__((noinline)) int
helper (int *p)
{
  return *p + 1;
}

__attribute__((noinline)) int
plain (int *p)
{
  return *p + 1;
}

/* { dg-final { scan-function plain "__asan_|__sanitizer_cov_" } } */
/* { dg-final { scan-function-not helper "__asan_|__sanitizer_cov_" } } */
