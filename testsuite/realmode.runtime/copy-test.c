// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * copy-test - rm_memcpy(), rm_memcmp() and rm_copy_page() against the C
 * library, on one path of the runtime's choosing.
 *
 *   copy-test PATH [ROUTINE] [MAXLEN]
 *
 * PATH: vmx (every call takes the VMX path), scalar (none does: the
 * threshold is never reached, and copy_page(), which always asks, is
 * told no because preempt_count has HARDIRQ_OFFSET, as during kexec), or
 * fallback (memcpy and memcmp ask enter_vmx_ops() on every call and are
 * told no).  ROUTINE: memcpy, memcmp, copy_page or all (default).
 * MAXLEN (default 4200): every length 0..MAXLEN with every source and
 * destination alignment 0..15, plus a few lengths above 64 KiB unless
 * MAXLEN is given.  The test also
 * checks that the path was the one asked for: VMX is entered on every
 * call, or never.
 *
 * memcpy: the copy equals the source, the return value is dst, and 32
 * guard bytes on each side of the destination are untouched.  memcmp:
 * equal buffers give 0; a difference at a pseudo-random position and at
 * the last byte gives the sign of the unsigned byte difference, with the
 * arguments one way round or the other (the bytes differ in the top bit,
 * so a signed compare would fail).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kasan-model.h"
#include "thread_info.h"
#include "vmx.h"

#define GUARD	32
#define BG	0xa5	/* background of the destination; never in the source */

static const size_t big_lengths[] = {
	65535, 65536, 65537, 65536 + 4095, 3 * 65536 + 17,
};

enum path { PATH_VMX, PATH_SCALAR, PATH_FALLBACK };

static enum path path;
static unsigned long calls, failures;
static u8 *src, *dst;

static u64 rng = 0x2545f4914f6cdd1dULL;

static u64 rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void __attribute__((format(printf, 1, 2))) fail(const char *fmt, ...)
{
	va_list ap;

	if (failures++ >= 20)
		return;
	va_start(ap, fmt);
	printf("FAIL: ");
	vprintf(fmt, ap);
	printf("\n");
	va_end(ap);
}

static void test_memcpy_one(size_t len, int sa, int da)
{
	u8 *s = src + sa, *d = dst + GUARD + da;
	size_t i;
	void *r;

	memset(d - GUARD, BG, len + 2 * GUARD);
	r = rm_memcpy(d, s, len);
	calls++;
	if (r != d)
		fail("memcpy len %zu src+%d dst+%d: returned dst%+ld", len, sa, da,
		     (long)((u8 *)r - d));
	if (memcmp(d, s, len))
		fail("memcpy len %zu src+%d dst+%d: copy differs", len, sa, da);
	for (i = 0; i < GUARD; i++) {
		if (d[-1 - (long)i] != BG)
			fail("memcpy len %zu src+%d dst+%d: wrote byte %ld", len, sa,
			     da, -1 - (long)i);
		if (d[len + i] != BG)
			fail("memcpy len %zu src+%d dst+%d: wrote byte %ld", len, sa,
			     da, (long)(len + i));
	}
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/*
 * a and b differ at pos only: the sign must be that of a[pos] - b[pos].
 * Which one is passed first alternates over the grid, so that both signs
 * are seen at every length.
 */
static void check_diff(const u8 *a, const u8 *b, size_t len, size_t pos,
		       int swap, int sa, int da)
{
	int want = sign((int)a[pos] - (int)b[pos]);
	int got = swap ? -rm_memcmp(b, a, len) : rm_memcmp(a, b, len);

	calls++;
	if (sign(got) != want)
		fail("memcmp len %zu a+%d b+%d%s: wrong sign, diff at %zu", len,
		     sa, da, swap ? " (b, a)" : "", pos);
}

static void test_memcmp_one(size_t len, int sa, int da)
{
	const u8 *a = src + sa;
	u8 *b = dst + GUARD + da;
	int swap = (len ^ sa ^ da) & 1;
	size_t pos;
	u8 keep;

	if (rm_memcmp(a, b, len))
		fail("memcmp len %zu a+%d b+%d: equal buffers differ", len, sa, da);
	calls++;
	if (!len)
		return;
	pos = (len * 2654435761u + sa * 97 + da * 31) % len;
	keep = b[pos];
	b[pos] ^= 0x80;
	check_diff(a, b, len, pos, swap, sa, da);
	b[pos] = keep;
	keep = b[len - 1];
	b[len - 1] ^= 0x81;
	check_diff(a, b, len, len - 1, !swap, sa, da);
	b[len - 1] = keep;
}

static void grid(size_t maxlen, int bigs, int memcpy_test)
{
	size_t len, i;
	int sa, da;

	for (sa = 0; sa < 16; sa++) {
		for (da = 0; da < 16; da++) {
			if (!memcpy_test)
				memcpy(dst + GUARD + da, src + sa,
				       bigs ? big_lengths[4] : maxlen);
			for (len = 0; len <= maxlen; len++) {
				if (memcpy_test)
					test_memcpy_one(len, sa, da);
				else
					test_memcmp_one(len, sa, da);
			}
			for (i = 0; bigs && i < sizeof(big_lengths) / sizeof(big_lengths[0]); i++) {
				if (memcpy_test)
					test_memcpy_one(big_lengths[i], sa, da);
				else
					test_memcmp_one(big_lengths[i], sa, da);
			}
		}
	}
}

/* Page-aligned copies; the destination's neighbours must stay untouched. */
static void test_copy_page(void)
{
	u8 *pages = alloc_pages_exact(4);
	u8 *d = pages + PAGE_SIZE, *s = pages + 3 * PAGE_SIZE;
	size_t i;
	int n;

	for (n = 0; n < 16; n++) {
		memset(pages, BG, 3 * PAGE_SIZE);
		for (i = 0; i < PAGE_SIZE; i++)
			s[i] = rnd() % 255;
		rm_copy_page(d, s);
		calls++;
		if (memcmp(d, s, PAGE_SIZE))
			fail("copy_page %d: copy differs", n);
		for (i = 0; i < PAGE_SIZE; i++)
			if (pages[i] != BG || d[PAGE_SIZE + i] != BG)
				break;
		if (i < PAGE_SIZE)
			fail("copy_page %d: wrote next to the page, offset %zu", n, i);
	}
	free_pages_exact(pages, 4);
}

int main(int argc, char **argv)
{
	const char *routine = argc > 2 ? argv[2] : "all";
	size_t maxlen = argc > 3 ? strtoul(argv[3], NULL, 0) : 4200;
	size_t srcsize = big_lengths[4] + 64, i;
	unsigned long vmx_before;
	int all, bigs = argc <= 3;

	if (argc < 2 || argc > 4 || (strcmp(argv[1], "vmx") &&
	    strcmp(argv[1], "scalar") && strcmp(argv[1], "fallback"))) {
		fprintf(stderr, "usage: copy-test vmx|scalar|fallback [memcpy|memcmp|copy_page|all] [MAXLEN]\n");
		return 2;
	}
	kasan_init();
	rm_thread_init();
	path = !strcmp(argv[1], "vmx") ? PATH_VMX :
	       !strcmp(argv[1], "scalar") ? PATH_SCALAR : PATH_FALLBACK;
	rm_vmx_threshold = path == PATH_SCALAR ? ~0UL : 0;
	if (path != PATH_VMX)
		current_thread_info()->preempt_count = HARDIRQ_OFFSET;

	if (maxlen + 64 > srcsize)
		srcsize = maxlen + 64;
	src = aligned_alloc(4096, srcsize);
	dst = aligned_alloc(4096, srcsize + 2 * GUARD);
	for (i = 0; i < srcsize; i++) {
		u8 v = rnd() % 255;

		src[i] = v == BG ? 0 : v;
	}

	vmx_before = current_thread_info()->vmx_enables;
	all = !strcmp(routine, "all");
	if (all || !strcmp(routine, "memcpy"))
		grid(maxlen, bigs, 1);
	if (all || !strcmp(routine, "memcmp"))
		grid(maxlen, bigs, 0);
	if (all || !strcmp(routine, "copy_page"))
		test_copy_page();

	i = current_thread_info()->vmx_enables - vmx_before;
	if (i != (path == PATH_VMX ? calls : 0)) {
		printf("FAIL: VMX entered %zu times in %lu calls on the %s path\n",
		       i, calls, argv[1]);
		failures++;
	}
	if (current_thread_info()->preempt_count !=
	    (path == PATH_VMX ? 0 : HARDIRQ_OFFSET) ||
	    current_thread_info()->vmx_kernel || rm_warn_count) {
		printf("FAIL: preempt_count %#x, VMX %s, %lu warnings afterwards\n",
		       current_thread_info()->preempt_count,
		       current_thread_info()->vmx_kernel ? "on" : "off",
		       rm_warn_count);
		failures++;
	}
	printf("copy-test: %s path, %s: %lu calls, %lu failures\n", argv[1],
	       routine, calls, failures);
	return failures ? 1 : 0;
}
