// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * kasan-test - the KASAN model tests itself, built like kernel code (KASAN
 * outline or inline, the plugin) by runtime/runtime.mk.
 *
 *   kasan-test report     good accesses pass, bad ones are reported, each
 *                         kind once (exit 0 when every expectation holds)
 *   kasan-test mmu-off    an instrumented load with the MMU off: must end
 *                         in bad_page_fault naming kt_load4 (exit 3)
 *   kasan-test mmu-cycle  the shadow keeps its contents across
 *                         mmu_off()/mmu_on() (exit 0)
 *   kasan-test realmode   a realmode function does loads and stores with
 *                         the MMU off without a fault (exit 0)
 */
#include <stdio.h>
#include <string.h>

#include "kasan-model.h"
#include "realmode.h"
#include "rm-kernel.h"

#define __test	__attribute__((__noipa__))

struct twelve {
	char c[12];
};

int kt_global[5];
static int failures, checks;

__test int kt_load1(const char *p) { return *(const volatile char *)p; }
__test int kt_load2(const u16 *p) { return *(const volatile u16 *)p; }
__test int kt_load4(const u32 *p) { return *(const volatile u32 *)p; }
__test u64 kt_load8(const u64 *p) { return *(const volatile u64 *)p; }
__test void kt_store1(char *p) { *(volatile char *)p = 1; }
__test void kt_store8(u64 *p) { *(volatile u64 *)p = 1; }
__test int kt_index(const int *a, long i) { return ((const volatile int *)a)[i]; }

/* 16 and 12 bytes at once: __asan_load16 and __asan_loadN in outline mode. */
__test unsigned __int128 kt_load16(const unsigned __int128 *p)
{
	return *(const volatile unsigned __int128 *)p;
}

__test int kt_load12(const struct twelve *p)
{
	struct twelve t = *p;

	return t.c[0] + t.c[11];
}

static void expect(const char *what, unsigned long before, int bad)
{
	unsigned long got = kasan_report_count - before;

	checks++;
	if (got != (unsigned long)bad) {
		printf("FAIL: %s: %lu reports, expected %d\n", what, got, bad);
		failures++;
	}
}

#define CHECK(what, bad, stmt)					\
	do {							\
		unsigned long before = kasan_report_count;	\
		stmt;						\
		expect(what, before, bad);			\
	} while (0)

static int test_report(void)
{
	char *p = kmalloc(13);
	char *page = alloc_pages_exact(1);

	CHECK("kmalloc(13) byte 12", 0, kt_load1(p + 12));
	CHECK("kmalloc(13) byte 13", 1, kt_load1(p + 13));
	CHECK("kmalloc(13) store byte 13", 1, kt_store1(p + 13));
	CHECK("kmalloc(13) 2 bytes at 11", 0, kt_load2((u16 *)(p + 11)));
	CHECK("kmalloc(13) 2 bytes at 12", 1, kt_load2((u16 *)(p + 12)));
	CHECK("kmalloc(13) 4 bytes at 8", 0, kt_load4((u32 *)(p + 8)));
	CHECK("kmalloc(13) 4 bytes at 10", 1, kt_load4((u32 *)(p + 10)));
	CHECK("kmalloc(13) 8 bytes at 0", 0, kt_load8((u64 *)p));
	CHECK("kmalloc(13) 8 bytes at 8", 1, kt_load8((u64 *)(p + 8)));
	CHECK("kmalloc(13) store 8 at 8", 1, kt_store8((u64 *)(p + 8)));
	CHECK("kmalloc(13) 16 bytes at 0", 1, kt_load16((unsigned __int128 *)p));
	CHECK("kmalloc(13) 12 bytes at 1", 0, kt_load12((struct twelve *)(p + 1)));
	CHECK("kmalloc(13) 12 bytes at 2", 1, kt_load12((struct twelve *)(p + 2)));
	CHECK("kmalloc(13) byte -1", 1, kt_load1(p - 1));
	kfree(p);
	CHECK("kfree()d byte 0", 1, kt_load1(p));
	CHECK("global [4]", 0, kt_index(kt_global, 4));
	CHECK("global [5]", 1, kt_index(kt_global, 5));
	CHECK("page last byte", 0, kt_load1(page + PAGE_SIZE - 1));
	CHECK("page + PAGE_SIZE", 1, kt_load1(page + PAGE_SIZE));
	free_pages_exact(page, 1);
	CHECK("freed page", 1, kt_load1(page));

	printf("kasan-test: %d of %d checks passed\n", checks - failures, checks);
	return failures ? 1 : 0;
}

static int test_mmu_off(void)
{
	u32 *p = kmalloc(sizeof(*p));

	printf("kasan-test: instrumented load with the MMU off\n");
	mmu_off();
	kt_load4(p);
	mmu_on();
	printf("FAIL: no fault\n");
	return 1;
}

static int test_mmu_cycle(void)
{
	char *p = kmalloc(8);
	int i;

	for (i = 0; i < 3; i++) {
		mmu_off();
		mmu_on();
	}
	CHECK("after mmu_on(), byte 7", 0, kt_load1(p + 7));
	CHECK("after mmu_on(), byte 8", 1, kt_load1(p + 8));
	printf("kasan-test: %d of %d checks passed\n", checks - failures, checks);
	return failures ? 1 : 0;
}

static __always_inline u64 kt_mix(u64 a, u64 b)
{
	return (a ^ b) * 0x9e3779b97f4a7c15ULL;
}

/* No instrumentation: loads and stores through pointers are fine with the MMU off. */
static noinline __attribute__((__noclone__)) __realmode u64
kt_realmode_sum(u64 *v, int n)
{
	u64 sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		sum = kt_mix(sum, v[i]);
		v[i] = sum;
	}
	return sum;
}

/* mmu_off() and mmu_on() come from runtime/allow.txt. */
static noinline __attribute__((__noclone__)) __realmode u64
kt_real_mode(u64 *v, int n)
{
	u64 sum;

	mmu_off();
	sum = kt_realmode_sum(v, n);
	mmu_on();
	return sum;
}

static int test_realmode(void)
{
	u64 *v = kmalloc(64 * sizeof(*v));
	u64 sum;
	int i;

	for (i = 0; i < 64; i++)
		v[i] = i;
	sum = kt_real_mode(v, 64);
	printf("kasan-test: realmode function ran with the MMU off (%llx)\n",
	       (unsigned long long)sum);
	return 0;
}

int main(int argc, char **argv)
{
	const char *what = argc == 2 ? argv[1] : "";

	kasan_init();
	if (!strcmp(what, "report"))
		return test_report();
	if (!strcmp(what, "mmu-off"))
		return test_mmu_off();
	if (!strcmp(what, "mmu-cycle"))
		return test_mmu_cycle();
	if (!strcmp(what, "realmode"))
		return test_realmode();
	fprintf(stderr, "usage: kasan-test report|mmu-off|mmu-cycle|realmode\n");
	return 2;
}
