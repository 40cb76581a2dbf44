/* The flags Linux 6.1 builds x86_64 objects with under KASAN, KCOV and
   ftrace (inline KASAN with stack instrumentation, trace-pc/trace-cmp,
   -pg -mfentry -mrecord-mcount): a realmode function carries none of the
   instrumentation, its neighbour all of it.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target mrecord_mcount } */
/* { dg-options "-O2 -fno-pie -fsanitize=kernel-address -fasan-shadow-offset=0xdffffc0000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000 --param asan-stack=1 --param asan-instrument-allocas=1 -fsanitize-coverage=trace-pc,trace-cmp -pg -mfentry -mrecord-mcount -fplugin-arg-realmode-allow=use" } */
/* { dg-additional-options "-ftrivial-auto-var-init=zero" { target gcc12 } } */

extern void use (char *);

__attribute__((noinline)) int
plain (int *p, int n)
{
  char buf[16];
  if (n > 4)
    use (buf);
  return *p;
}

__attribute__((noinline, realmode)) int
rm (int *p, int n)
{
  char buf[16];
  if (n > 4)
    use (buf);
  return *p;
}

/* { dg-final { scan-function plain "__asan_report_load4_noabort" } } */
/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function plain "__sanitizer_cov_trace_const_cmp4" } } */
/* { dg-final { scan-function plain "__fentry__" } } */
/* { dg-final { scan-function plain "__mcount_loc" } } */
/* { dg-final { scan-function-not rm "__asan_|-235802127" } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
/* { dg-final { scan-function-not rm "__fentry__|__mcount_loc" } } */
