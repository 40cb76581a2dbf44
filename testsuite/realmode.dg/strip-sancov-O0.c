/* KCOV at -O0: no __sanitizer_cov_ calls in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O0 -fsanitize-coverage=trace-pc,trace-cmp -fplugin-arg-realmode-allow=callee" } */

extern void callee (int);

void
plain (int a)
{
  if (a > 3)
    callee (a);
}

__attribute__((realmode)) void
rm (int a)
{
  if (a > 3)
    callee (a);
}

/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function plain "__sanitizer_cov_trace_const_cmp4" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
