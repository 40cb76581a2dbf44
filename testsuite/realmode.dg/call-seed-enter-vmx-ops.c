/* The case the plugin was written for: enter_vmx_ops() is reached from
   the kexec copy with the MMU off and returns early there, since
   in_interrupt() is true.  Marked realmode, it carries no KASAN and no
   -pg, but the calls after the early return go to code that is neither
   realmode nor allowed, so the call rule rejects them.  A model, with the
   flags Linux 6.1 builds such an object with (on aarch64, those of an
   arm64 object: ftrace is -fpatchable-function-entry=2).  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target mprofile_kernel { target powerpc64le-*-* } } */
/* { dg-require-effective-target mrecord_mcount { target x86_64-*-* } } */
/* { dg-require-effective-target patchable_function_entry { target aarch64-*-* } } */
/* { dg-options "-O2 -fsanitize=kernel-address -fasan-shadow-offset=0xa80e000000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=0 --param asan-instrument-allocas=1 --param asan-stack=0 -pg -mprofile-kernel" { target powerpc64le-*-* } } */
/* { dg-options "-O2 -fno-pie -fsanitize=kernel-address -fasan-shadow-offset=0xdffffc0000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000 --param asan-stack=1 --param asan-instrument-allocas=1 -fsanitize-coverage=trace-pc,trace-cmp -pg -mfentry -mrecord-mcount" { target x86_64-*-* } } */
/* { dg-options "-O2 -fno-PIE -mgeneral-regs-only -mabi=lp64 -fno-asynchronous-unwind-tables -fno-unwind-tables -mbranch-protection=pac-ret+leaf+bti -fsanitize=kernel-address -fasan-shadow-offset=0xdfff800000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000 --param asan-stack=1 --param asan-instrument-allocas=1 -fsanitize-coverage=trace-pc,trace-cmp -fpatchable-function-entry=2" { target aarch64-*-* } } */
/* { dg-additional-options "-ftrivial-auto-var-init=zero" { target gcc12 } } */

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

extern void preempt_disable (void); /* { dg-message "note: 'preempt_disable' is not declared realmode" } */
extern void enable_kernel_altivec (void); /* { dg-message "note: 'enable_kernel_altivec' is not declared realmode" } */

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

__attribute__((realmode)) int
enter_vmx_ops (void)
{
  if (in_interrupt ())
    return 0;

  preempt_disable (); /* { dg-error "call to 'preempt_disable' from realmode function 'enter_vmx_ops' may reach instrumented code" } */
  enable_kernel_altivec (); /* { dg-error "call to 'enable_kernel_altivec' from realmode function 'enter_vmx_ops' may reach instrumented code" } */
  return 1;
}
