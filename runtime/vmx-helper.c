// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * vmx-helper.c - when may the copy routines borrow the VMX unit?
 *
 * The model of arch/powerpc/lib/vmx-helper.c, written for this project.
 * The copy routines call enter_vmx_ops() (or enter_vmx_usercopy() for
 * user copies) and take their VMX path only when it returns 1; they leave
 * it through the matching exit function.
 *
 * Using VMX in the kernel means saving the task's own vector registers
 * (enable_kernel_altivec()) and not being preempted or scheduled away
 * until they are restored: a task switch would save the kernel's
 * temporary values as the task's.  In interrupt context the task's
 * registers may be live and half-saved, so the answer there is no.
 */
#include "realmode.h"
#include "thread_info.h"
#include "vmx.h"

/*
 * UNPATCHED: enter_vmx_ops() as it was before the kernel fix, an ordinary
 * function that KASAN instruments.  Outside a realmode function the
 * region markers are an error, so they go too.
 */
#ifdef UNPATCHED
#define __enter_vmx_realmode
#undef realmode_unchecked_begin
#undef realmode_unchecked_end
#define realmode_unchecked_begin()	do { } while (0)
#define realmode_unchecked_end()	do { } while (0)
#else
#define __enter_vmx_realmode	__realmode
#endif

int enter_vmx_usercopy(void)
{
	if (in_interrupt())
		return 0;

	preempt_disable();
	/*
	 * A page fault on the user buffer may sleep, and a task switch
	 * would lose the VMX registers: let such a fault fail instead, and
	 * the copy falls back to its scalar path.
	 */
	pagefault_disable();
	enable_kernel_altivec();
	return 1;
}

/*
 * Returns 0, so that a user copy can tail-call it: "no bytes left
 * uncopied".
 */
int exit_vmx_usercopy(void)
{
	disable_kernel_altivec();
	pagefault_enable();
	preempt_enable();
	return 0;
}

/*
 * The kexec switchover calls copy_page(), and so this, with the MMU off,
 * after setting preempt_count to HARDIRQ_OFFSET: in_interrupt() is true
 * and the early return is the whole real-mode path.  It must not touch
 * KASAN shadow memory, which is reachable only through the MMU.
 * in_interrupt() and preempt_count() are __always_inline, so making this
 * one function realmode covers all of that path; the plugin checks that
 * it does.
 *
 * Past the early return we are in process context with the MMU on, and
 * the calls there are not real-mode calls: say so with a region, rather
 * than make enable_kernel_altivec() and everything it calls realmode.
 */
int __enter_vmx_realmode enter_vmx_ops(void)
{
	if (in_interrupt())
		return 0;

	realmode_unchecked_begin();
	preempt_disable();
	enable_kernel_altivec();
	realmode_unchecked_end();
	return 1;
}

/*
 * Only reached when enter_vmx_ops() returned 1, so with the MMU on.
 * Returns dest, so that memcpy can tail-call it.
 */
void *exit_vmx_ops(void *dest)
{
	disable_kernel_altivec();
	preempt_enable();
	return dest;
}
