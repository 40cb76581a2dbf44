// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * process.c - the task side of the model: current, the scheduler hook,
 * and enable_kernel_altivec()/disable_kernel_altivec().
 *
 * In the kernel, enable_kernel_altivec() gives the unit to the kernel:
 * the task's vector registers are saved to its thread_struct and restored
 * before it returns to user space.  Here they are saved on enable and put
 * back on disable, so that a routine that uses VMX outside such a pair
 * changes the task's registers where rm_vmx_checked_call() can see it.
 *
 * Built with KASAN like the rest of the kernel: nothing here runs with
 * the MMU off.
 */
#include "kasan-model.h"
#include "thread_info.h"
#include "vmx.h"

struct thread_info *rm_current;

void rm_thread_init(void)
{
	rm_current = kzalloc(sizeof(*rm_current));
}

/* Nothing to switch to: count, so that tests can see it was called. */
void preempt_schedule(void)
{
	current_thread_info()->preempt_schedules++;
	current_thread_info()->need_resched = 0;
}

void enable_kernel_altivec(void)
{
	struct thread_info *ti = current_thread_info();

	/* A task switch now would save our values as the task's. */
	if (preemptible())
		rm_warn("enable_kernel_altivec() with preemption enabled");
	if (ti->vmx_kernel) {
		rm_warn("enable_kernel_altivec() while VMX is already enabled");
		return;
	}
	rm_vmx_save(&ti->vr_save);
	ti->vmx_kernel = 1;
	ti->vmx_enables++;
}

void disable_kernel_altivec(void)
{
	struct thread_info *ti = current_thread_info();

	if (!ti->vmx_kernel) {
		rm_warn("disable_kernel_altivec() without enable_kernel_altivec()");
		return;
	}
	ti->vmx_kernel = 0;
	rm_vmx_restore(&ti->vr_save);
}

int rm_vmx_check(const struct vmx_state *after)
{
	int i, j;

	for (i = 0; i < rm_vmx_nregs; i++)
		for (j = 0; j < 16; j++)
			if (after->vr[i][j] != rm_vmx_pattern[i][j])
				return i + 1;
	return 0;
}

/* A value no register holds by accident: register i, byte j. */
#define P(i, j)		((u8)(0x5a ^ ((i) * 16 + (j)) ^ ((i) << 3)))
#define ROW(i)		{ P(i, 0), P(i, 1), P(i, 2), P(i, 3), P(i, 4),	\
			  P(i, 5), P(i, 6), P(i, 7), P(i, 8), P(i, 9),	\
			  P(i, 10), P(i, 11), P(i, 12), P(i, 13),	\
			  P(i, 14), P(i, 15) }
const u8 rm_vmx_pattern[32][16] __aligned(16) = {
	ROW(0), ROW(1), ROW(2), ROW(3), ROW(4), ROW(5), ROW(6), ROW(7),
	ROW(8), ROW(9), ROW(10), ROW(11), ROW(12), ROW(13), ROW(14), ROW(15),
	ROW(16), ROW(17), ROW(18), ROW(19), ROW(20), ROW(21), ROW(22), ROW(23),
	ROW(24), ROW(25), ROW(26), ROW(27), ROW(28), ROW(29), ROW(30), ROW(31),
};

#if defined(__powerpc64__)
const int rm_vmx_nregs = 32;
#else
const int rm_vmx_nregs = 16;
#endif

/* Read by the copy routines, in assembly too. */
unsigned long rm_vmx_threshold = RM_VMX_THRESHOLD_DEFAULT;
