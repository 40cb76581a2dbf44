/* enter_vmx_ops() as it should be written: realmode, and the part after
   the early return, which only runs with the MMU on, in a sanctioned
   region.  It compiles; the function carries no KASAN and no -pg, its
   calls are still there, and the region markers cost no instruction.
   With the flags Linux 6.1 builds such an object with (on aarch64, those
   of an arm64 object: ftrace is -fpatchable-function-entry=2).  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target mprofile_kernel { target powerpc64le-*-* } } */
/* { dg-require-effective-target mrecord_mcount { target x86_64-*-* } } */
/* { dg-require-effective-target patchable_function_entry { target aarch64-*-* } } */
/* { dg-options "-O2 -fsanitize=kernel-address -fasan-shadow-offset=0xa80e000000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=0 --param asan-instrument-allocas=1 --param asan-stack=0 -pg -mprofile-kernel" { target powerpc64le-*-* } } */
/* { dg-options "-O2 -fno-pie -fsanitize=kernel-address -fasan-shadow-offset=0xdffffc0000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000 --param asan-stack=1 --param asan-instrument-allocas=1 -fsanitize-coverage=trace-pc,trace-cmp -pg -mfentry -mrecord-mcount" { target x86_64-*-* } } */
/* { dg-options "-O2 -fno-PIE -mgeneral-regs-only -mabi=lp64 -fno-asynchronous-unwind-tables -fno-unwind-tables -mbranch-protection=pac-ret+leaf+bti -fsanitize=kernel-address -fasan-shadow-offset=0xdfff800000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000 --param asan-stack=1 --param asan-instrument-allocas=1 -fsanitize-coverage=trace-pc,trace-cmp -fpatchable-function-entry=2" { target aarch64-*-* } } */
/* { dg-additional-options "-ftrivial-auto-var-init=zero" { target gcc12 } } */

#include "realmode.h"

#define __always_inline inline __attribute__((always_inline))

#define HARDIRQ_MASK	0x000f0000
#define SOFTIRQ_MASK	0x0000ff00
#define NMI_MASK	0x00f00000

struct thread_info
{
  unsigned long flags;
  int preempt_count;
};

extern struct thread_info *current_ti;

extern void preempt_disable (void);
extern void enable_kernel_altivec (void);

static __always_inline int
preempt_count (void)
{
  return current_ti->preempt_count;
}

static __always_inline int
in_interrupt (void)
{
  return preempt_count () & (HARDIRQ_MASK | SOFTIRQ_MASK | NMI_MASK);
}

/* The same code, not realmode: instrumented.  */
__attribute__((noinline)) int
plain_enter_vmx_ops (void)
{
  if (in_interrupt ())
    return 0;

  preempt_disable ();
  enable_kernel_altivec ();
  return 1;
}

__attribute__((noinline)) __realmode int
enter_vmx_ops (void)
{
  if (in_interrupt ())
    return 0;

  realmode_unchecked_begin ();
  preempt_disable ();
  enable_kernel_altivec ();
  realmode_unchecked_end ();
  return 1;
}

/* { dg-final { scan-function plain_enter_vmx_ops "__asan_" } } */
/* { dg-final { scan-function plain_enter_vmx_ops "_mcount" { target powerpc64le-*-* } } } */
/* { dg-final { scan-function plain_enter_vmx_ops "__fentry__" { target x86_64-*-* } } } */
/* { dg-final { scan-function plain_enter_vmx_ops "__patchable_function_entries" { target aarch64-*-* } } } */
/* { dg-final { scan-function-not enter_vmx_ops "__asan_" } } */
/* { dg-final { scan-function-not enter_vmx_ops "_?mcount|__fentry__|__sanitizer_cov_|__patchable_function_entries" } } */
/* { dg-final { scan-function enter_vmx_ops {\mpreempt_disable\M} } } */
/* { dg-final { scan-function enter_vmx_ops {\menable_kernel_altivec\M} } } */
/* { dg-final { scan-assembler-not "__realmode_unchecked" } } */
