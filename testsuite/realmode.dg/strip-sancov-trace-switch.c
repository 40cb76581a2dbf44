/* -fsanitize-coverage=trace-cmp on a switch: no
   __sanitizer_cov_trace_switch in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -fsanitize-coverage=trace-cmp -fplugin-arg-realmode-allow=callee" } */

extern void callee (int);

__attribute__((noinline)) void
plain (int a)
{
  switch (a)
    {
    case 1: callee (10); break;
    case 5: callee (20); break;
    case 9: callee (30); break;
    }
}

__attribute__((noinline, realmode)) void
rm (int a)
{
  switch (a)
    {
    case 1: callee (10); break;
    case 5: callee (20); break;
    case 9: callee (30); break;
    }
}

/* { dg-final { scan-function plain "__sanitizer_cov_trace_switch" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
