/* The flags Linux 6.1 builds arm64 objects with under KASAN, KCOV and
   ftrace (inline KASAN with stack instrumentation and the 48-bit VA
   shadow offset, trace-pc/trace-cmp, -fpatchable-function-entry=2 for
   DYNAMIC_FTRACE_WITH_REGS, pointer authentication and BTI,
   -mgeneral-regs-only): a realmode function carries none of the
   instrumentation, its neighbour all of it; the branch protection, which
   is not instrumentation, stays.  */
/* { dg-do compile { target aarch64-*-* } } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target sancov } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fno-PIE -mgeneral-regs-only -mabi=lp64 -fno-asynchronous-unwind-tables -fno-unwind-tables -mbranch-protection=pac-ret+leaf+bti -fsanitize=kernel-address -fasan-shadow-offset=0xdfff800000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000 --param asan-stack=1 --param asan-instrument-allocas=1 -fsanitize-coverage=trace-pc,trace-cmp -fpatchable-function-entry=2 -fplugin-arg-realmode-allow=use" } */
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

/* Inline KASAN: the shadow offset's top half (movk ..., 0xdfff, lsl 48),
   the report call, the stack's left redzone 0xf1f1f1f1.  */
/* { dg-final { scan-function plain {\mmovk\s+x[0-9]+, 0xdfff, lsl 48} } } */
/* { dg-final { scan-function plain {\mbl\s+__asan_report_load4_noabort\M} } } */
/* { dg-final { scan-function plain "-235802127" } } */
/* { dg-final { scan-function plain {\mbl\s+__sanitizer_cov_trace_pc\M} } } */
/* { dg-final { scan-function plain {\mbl\s+__sanitizer_cov_trace_const_cmp4\M} } } */
/* The two NOPs ftrace patches, recorded in __patchable_function_entries.  */
/* { dg-final { scan-function plain "__patchable_function_entries" } } */
/* { dg-final { scan-function-times plain {^\tnop$} 2 } } */
/* { dg-final { scan-function-not rm {__asan_|-235802127|0xdfff} } } */
/* { dg-final { scan-function-not rm "__sanitizer_cov_" } } */
/* { dg-final { scan-function-not rm {__patchable_function_entries|\.LPFE|^\tnop$} } } */
/* { dg-final { scan-function rm {paciasp} } } */
/* { dg-final { scan-function rm {autiasp} } } */
/* { dg-final { scan-function rm {\mbl\s+use\M} } } */
