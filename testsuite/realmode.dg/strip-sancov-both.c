/* trace-pc and trace-cmp together, as a KCOV kernel builds: nothing of
   either in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -fsanitize-coverage=trace-pc,trace-cmp -fplugin-arg-realmode-allow=callee" } */

extern void callee (int);

__attribute__((noinline)) void
plain (int a, int b)
{
  if (a < b)
    callee (a);
}

__attribute__((noinline, realmode)) void
rm (int a, int b)
{
  if (a < b)
    callee (a);
}

/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function plain "__sanitizer_cov_trace_cmp4" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
