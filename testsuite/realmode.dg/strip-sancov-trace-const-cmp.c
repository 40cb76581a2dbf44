/* -fsanitize-coverage=trace-cmp with a constant operand: no
   __sanitizer_cov_trace_const_cmp in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -fsanitize-coverage=trace-cmp -fplugin-arg-realmode-allow=callee" } */

extern void callee (long);

__attribute__((noinline)) void
plain (long a)
{
  if (a == 42)
    callee (a);
}

__attribute__((noinline, realmode)) void
rm (long a)
{
  if (a == 42)
    callee (a);
}

/* { dg-final { scan-function plain "__sanitizer_cov_trace_const_cmp8" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
