// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * vmx-test - the VMX helpers and the VMX register state model.
 *
 * Every call below runs through rm_vmx_checked_call(): the vector
 * registers hold a known pattern before, and must hold it after, unless
 * the callee used VMX outside enable_kernel_altivec() and
 * disable_kernel_altivec(), which is what the model must detect.  Built
 * without vector registers (as kernel code), so that only the code under
 * test touches them.
 */
#include <stdio.h>
#include <string.h>

#include "kasan-model.h"
#include "thread_info.h"
#include "vmx.h"

/* vmx-bad-<arch>.S */
long vmx_bad_clobber(long a, long b, long c);
void vmx_clobber(void);

static int checks, failures;

static void check(int ok, const char *what)
{
	checks++;
	if (!ok) {
		failures++;
		printf("FAIL: %s\n", what);
	}
}

static long call_memcpy(long d, long s, long n)
{
	return (long)rm_memcpy((void *)d, (const void *)s, n);
}

static long call_memcmp(long a, long b, long n)
{
	return rm_memcmp((const void *)a, (const void *)b, n);
}

static long call_copy_page(long d, long s, long unused)
{
	(void)unused;
	rm_copy_page((void *)d, (const void *)s);
	return 0;
}

/* Right: VMX between enter and exit. */
static long good_ops(long a, long b, long c)
{
	(void)a, (void)b, (void)c;
	if (!enter_vmx_ops())
		return -1;
	vmx_clobber();
	exit_vmx_ops(NULL);
	return 0;
}

static long good_usercopy(long a, long b, long c)
{
	(void)a, (void)b, (void)c;
	if (!enter_vmx_usercopy())
		return -1;
	vmx_clobber();
	if (current_thread_info()->pagefault_disabled != 1)
		return -2;
	return exit_vmx_usercopy();
}

/* Wrong: VMX before enter, or after exit. */
static long bad_before_enter(long a, long b, long c)
{
	(void)a, (void)b, (void)c;
	vmx_clobber();
	if (!enter_vmx_ops())
		return -1;
	exit_vmx_ops(NULL);
	return 0;
}

static long bad_after_exit(long a, long b, long c)
{
	(void)a, (void)b, (void)c;
	if (!enter_vmx_ops())
		return -1;
	exit_vmx_ops(NULL);
	vmx_clobber();
	return 0;
}

/* Calls fn; returns its result, *changed the first changed register + 1 or 0. */
static long checked(const char *name, rm_vmx_fn *fn, long a, long b, long c,
		    int *changed)
{
	struct vmx_state after;
	struct thread_info *ti = current_thread_info();
	char what[160];
	long r;

	r = rm_vmx_checked_call(fn, a, b, c, &after);
	*changed = rm_vmx_check(&after);
	if (*changed)
		printf("vmx-test: %s: vector register %d changed outside enable_kernel_altivec()\n",
		       name, *changed - 1);
	snprintf(what, sizeof(what), "%s: preempt_count %#x, VMX %s afterwards",
		 name, ti->preempt_count, ti->vmx_kernel ? "on" : "off");
	check((ti->preempt_count & ~HARDIRQ_MASK) == 0 && !ti->vmx_kernel &&
	      !ti->pagefault_disabled, what);
	return r;
}

static void expect_clean(const char *name, rm_vmx_fn *fn, long a, long b,
			 long c, long want)
{
	char what[160];
	int changed;
	long r = checked(name, fn, a, b, c, &changed);

	snprintf(what, sizeof(what), "%s: vector registers changed", name);
	check(!changed, what);
	snprintf(what, sizeof(what), "%s: returned %ld, expected %ld", name, r, want);
	check(r == want, what);
}

static void expect_detected(const char *name, rm_vmx_fn *fn)
{
	char what[160];
	int changed;

	checked(name, fn, 0, 0, 0, &changed);
	snprintf(what, sizeof(what), "%s: misuse not detected", name);
	check(changed, what);
}

static void test_state_model(void)
{
	static u8 a[3 * PAGE_SIZE] __aligned(PAGE_SIZE);
	static u8 b[3 * PAGE_SIZE] __aligned(PAGE_SIZE);
	static const size_t lens[] = { 0, 7, 100, 5000 };
	unsigned long before = 0;
	size_t i;
	int vmx;

	for (i = 0; i < sizeof(a); i++)
		a[i] = i * 7 + 3;
	for (vmx = 0; vmx < 2; vmx++) {
		/* copy_page() always asks: only in_interrupt() makes it scalar. */
		rm_vmx_threshold = vmx ? 0 : ~0UL;
		current_thread_info()->preempt_count = vmx ? 0 : HARDIRQ_OFFSET;
		before = current_thread_info()->vmx_enables;
		for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
			long d = (long)b + 3, s = (long)a + 5, n = lens[i];

			expect_clean(vmx ? "memcpy (VMX)" : "memcpy (scalar)",
				     call_memcpy, d, s, n, d);
			check(!memcmp(b + 3, a + 5, n), "memcpy: copy differs");
			expect_clean(vmx ? "memcmp (VMX)" : "memcmp (scalar)",
				     call_memcmp, d, s, n, 0);
		}
		b[4000] ^= 1;
		expect_clean(vmx ? "memcmp differing (VMX)" : "memcmp differing (scalar)",
			     call_memcmp, (long)a + 5, (long)b + 3, 5000,
			     a[4002] < b[4000] ? -1 : 1);
		expect_clean(vmx ? "copy_page (VMX)" : "copy_page (scalar)",
			     call_copy_page, (long)b + PAGE_SIZE, (long)a, 0, 0);
		check(!memcmp(b + PAGE_SIZE, a, PAGE_SIZE), "copy_page: copy differs");
	}
	rm_vmx_threshold = RM_VMX_THRESHOLD_DEFAULT;
	/* 4 lengths x 2 routines + memcmp + copy_page on the VMX pass */
	check(current_thread_info()->vmx_enables - before == 10,
	      "the VMX pass did not enter VMX on every call");

	expect_clean("enter_vmx_ops/exit_vmx_ops", good_ops, 0, 0, 0, 0);
	expect_clean("enter_vmx_usercopy/exit_vmx_usercopy", good_usercopy, 0, 0, 0, 0);
	expect_detected("VMX without enable_kernel_altivec()", vmx_bad_clobber);
	expect_detected("VMX before enter_vmx_ops()", bad_before_enter);
	expect_detected("VMX after exit_vmx_ops()", bad_after_exit);
}

/* enter_vmx_ops() says no in any interrupt context, yes otherwise. */
static void test_contexts(void)
{
	static const struct {
		const char *name;
		unsigned int count;
		int want;
	} ctx[] = {
		{ "process context", 0, 1 },
		{ "preemption disabled", PREEMPT_OFFSET, 1 },
		{ "softirq (SOFTIRQ_OFFSET)", SOFTIRQ_OFFSET, 0 },
		{ "hardirq (HARDIRQ_OFFSET, as kexec sets it)", HARDIRQ_OFFSET, 0 },
		{ "NMI (NMI_OFFSET)", NMI_OFFSET, 0 },
		{ "bottom halves disabled", 2 * SOFTIRQ_OFFSET, 0 },
	};
	struct thread_info *ti = current_thread_info();
	char what[160];
	size_t i;

	for (i = 0; i < sizeof(ctx) / sizeof(ctx[0]); i++) {
		unsigned long enables = ti->vmx_enables;
		int got;

		ti->preempt_count = ctx[i].count;
		got = enter_vmx_ops();
		snprintf(what, sizeof(what), "enter_vmx_ops() in %s: %d", ctx[i].name, got);
		check(got == ctx[i].want, what);
		if (got) {
			check(ti->preempt_count == ctx[i].count + 1 && ti->vmx_kernel,
			      "enter_vmx_ops(): preemption and VMX");
			exit_vmx_ops(NULL);
		} else {
			check(ti->vmx_enables == enables, "enter_vmx_ops() said no but enabled VMX");
		}
		check(ti->preempt_count == ctx[i].count, "exit_vmx_ops(): preempt_count");
		got = enter_vmx_usercopy();
		snprintf(what, sizeof(what), "enter_vmx_usercopy() in %s: %d", ctx[i].name, got);
		check(got == ctx[i].want, what);
		if (got)
			check(exit_vmx_usercopy() == 0, "exit_vmx_usercopy() returns 0");
		check(ti->preempt_count == ctx[i].count && !ti->pagefault_disabled,
		      "exit_vmx_usercopy(): preempt_count and page faults");
	}
	ti->preempt_count = 0;

	/* A reschedule that came due while VMX was in use happens at exit. */
	check(enter_vmx_ops() == 1, "enter_vmx_ops()");
	ti->need_resched = 1;
	exit_vmx_ops(NULL);
	check(ti->preempt_schedules == 1 && !ti->need_resched,
	      "exit_vmx_ops() did not reschedule");
}

/* enable_kernel_altivec() misuse is warned about, like the kernel's WARN_ONs. */
static void test_warnings(void)
{
	unsigned long w = rm_warn_count;

	enable_kernel_altivec();
	check(rm_warn_count == w + 1, "enable_kernel_altivec() with preemption on: no warning");
	disable_kernel_altivec();
	disable_kernel_altivec();
	check(rm_warn_count == w + 2, "disable_kernel_altivec() twice: no warning");
	preempt_disable();
	enable_kernel_altivec();
	enable_kernel_altivec();
	check(rm_warn_count == w + 3, "enable_kernel_altivec() twice: no warning");
	disable_kernel_altivec();
	preempt_enable();
	check(rm_warn_count == w + 3, "balanced use warned");
}

int main(void)
{
	kasan_init();
	rm_thread_init();
	test_state_model();
	test_contexts();
	test_warnings();
	printf("vmx-test: %d of %d checks passed\n", checks - failures, checks);
	return failures ? 1 : 0;
}
