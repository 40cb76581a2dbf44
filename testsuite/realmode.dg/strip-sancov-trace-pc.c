/* KCOV (-fsanitize-coverage=trace-pc): no __sanitizer_cov_trace_pc in a
   realmode function.  GCC 12 switches the pass off per function, GCC 11
   leaves the calls to the plugin's strip pass.  */
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

__attribute__((noinline, realmode)) void
rm (int a)
{
  if (a)
    callee (a);
}

/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
