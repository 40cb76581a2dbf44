/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * thread_info.h - a small model of the kernel's per-task state: the
 * preempt count with its real bit layout, page-fault disabling, and the
 * save area for the task's own VMX registers.
 *
 * Everything a realmode function uses from here is __always_inline: a
 * plain "static inline" would be called out of line from a function whose
 * sanitizer attributes differ, and that copy would be instrumented.
 */
#ifndef RM_THREAD_INFO_H
#define RM_THREAD_INFO_H

#include "rm-kernel.h"

/*
 * preempt_count layout, as in include/linux/preempt.h:
 *
 *   PREEMPT  bits  0-7	preempt_disable() nesting
 *   SOFTIRQ  bits  8-15	softirq nesting and local_bh_disable()
 *   HARDIRQ  bits 16-19	hard interrupt nesting
 *   NMI      bits 20-23	NMI nesting
 */
#define PREEMPT_BITS	8
#define SOFTIRQ_BITS	8
#define HARDIRQ_BITS	4
#define NMI_BITS	4

#define PREEMPT_SHIFT	0
#define SOFTIRQ_SHIFT	(PREEMPT_SHIFT + PREEMPT_BITS)
#define HARDIRQ_SHIFT	(SOFTIRQ_SHIFT + SOFTIRQ_BITS)
#define NMI_SHIFT	(HARDIRQ_SHIFT + HARDIRQ_BITS)

#define __IRQ_MASK(x)	((1U << (x)) - 1)
#define PREEMPT_MASK	(__IRQ_MASK(PREEMPT_BITS) << PREEMPT_SHIFT)
#define SOFTIRQ_MASK	(__IRQ_MASK(SOFTIRQ_BITS) << SOFTIRQ_SHIFT)
#define HARDIRQ_MASK	(__IRQ_MASK(HARDIRQ_BITS) << HARDIRQ_SHIFT)
#define NMI_MASK	(__IRQ_MASK(NMI_BITS) << NMI_SHIFT)

#define PREEMPT_OFFSET	(1U << PREEMPT_SHIFT)
#define SOFTIRQ_OFFSET	(1U << SOFTIRQ_SHIFT)
#define HARDIRQ_OFFSET	(1U << HARDIRQ_SHIFT)
#define NMI_OFFSET	(1U << NMI_SHIFT)

/*
 * The task's vector registers while the kernel borrows the unit: 32
 * registers of 16 bytes and the status register (VSCR on PowerPC, MXCSR
 * in the x86_64 model, whose "VMX registers" are xmm0-xmm15).
 */
struct vmx_state {
	u8 vr[32][16];
	u8 vscr[16];
} __aligned(16);

struct thread_info {
	unsigned int preempt_count;
	int pagefault_disabled;
	int need_resched;
	int vmx_kernel;			/* enable_kernel_altivec() in effect */
	unsigned long vmx_enables;	/* how often, for tests and kexec-sim */
	unsigned long preempt_schedules;
	struct vmx_state vr_save;	/* the task's own VMX registers */
};

/*
 * current_thread_info(): on ppc64 this is read through the PACA (r13);
 * here it is a pointer in ordinary, KASAN-checked memory.  Either way an
 * instrumented function reads it through the shadow.
 */
extern struct thread_info *rm_current;

static __always_inline struct thread_info *current_thread_info(void)
{
	return READ_ONCE(rm_current);
}

static __always_inline unsigned int preempt_count(void)
{
	return READ_ONCE(current_thread_info()->preempt_count);
}

/* As irq_count(): any NMI, hard or soft interrupt context. */
static __always_inline unsigned int in_interrupt(void)
{
	return preempt_count() & (NMI_MASK | HARDIRQ_MASK | SOFTIRQ_MASK);
}

static __always_inline int preemptible(void)
{
	return preempt_count() == 0;
}

void preempt_schedule(void);

static __always_inline void preempt_disable(void)
{
	current_thread_info()->preempt_count++;
	barrier();
}

static __always_inline void preempt_enable_no_resched(void)
{
	barrier();
	current_thread_info()->preempt_count--;
}

static __always_inline void preempt_enable(void)
{
	struct thread_info *ti = current_thread_info();

	barrier();
	if (--ti->preempt_count == 0 && unlikely(ti->need_resched))
		preempt_schedule();
}

static __always_inline void pagefault_disable(void)
{
	current_thread_info()->pagefault_disabled++;
	barrier();
}

static __always_inline void pagefault_enable(void)
{
	barrier();
	current_thread_info()->pagefault_disabled--;
}

/* Sets up current: call first thing in main(), after kasan_init(). */
void rm_thread_init(void);

#endif /* RM_THREAD_INFO_H */
