/* The realmode.h fallback without the plugin turns KCOV off where the
   compiler can (no_sanitize_coverage, GCC 12); GCC 11 cannot, which is
   why the plugin exists.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-require-effective-target sancov } */
/* { dg-options "-O2 -fsanitize-coverage=trace-pc" } */

#include "realmode.h"

extern void callee (int);

__attribute__((noinline)) void
plain (int a)
{
  if (a)
    callee (a);
}

__attribute__((noinline)) __realmode void
rm (int a)
{
  if (a)
    callee (a);
}

/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" { target no_sanitize_coverage_attr } } } */
/* { dg-final { scan-function rm "__sanitizer_cov_trace_pc" { target { ! no_sanitize_coverage_attr } } } } */
