/* A prototype with the attribute after the definition: no KCOV calls in
   the definition.  */
/* { dg-do compile } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -fsanitize-coverage=trace-pc -fplugin-arg-realmode-allow=callee" } */

extern void callee (int);

__attribute__((noinline)) void
plain (int a)
{
  if (a)
    callee (a);
}

__attribute__((noinline)) void
rm (int a)
{
  if (a)
    callee (a);
}

void rm (int a) __attribute__((realmode));

/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
