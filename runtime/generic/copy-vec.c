// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * copy-vec.c - the vector halves of the portable copy routines, called
 * only between enter_vmx_ops() and exit_vmx_ops(): the vector registers
 * are the kernel's there (the x86_64 model's "VMX" is SSE2).
 *
 * The only file of the runtime built with vector registers enabled.  It
 * stands for the VMX loops of the ppc64 assembly, so it is not
 * instrumented either (it would not need to be realmode: it runs with the
 * MMU on).
 */
#include "vmx.h"

typedef u8 v16 __attribute__((__vector_size__(16)));
typedef v16 v16_una __attribute__((__aligned__(1), __may_alias__));
typedef u64 v2du __attribute__((__vector_size__(16)));

void vec_copy_page(void *dst, const void *src)
{
	v16 *d = dst;
	const v16 *s = src;
	size_t i;

	for (i = 0; i < PAGE_SIZE / sizeof(v16); i += 4) {
		d[i] = s[i];
		d[i + 1] = s[i + 1];
		d[i + 2] = s[i + 2];
		d[i + 3] = s[i + 3];
	}
}

/* Aligned 16-byte stores, unaligned loads; single bytes at both ends. */
void vec_memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;
	size_t head = -(unsigned long)d & 15;

	if (head > n)
		head = n;
	n -= head;
	while (head--)
		*d++ = *s++;
	for (; n >= 16; n -= 16, d += 16, s += 16)
		*(v16 *)d = *(const v16_una *)s;
	while (n--)
		*d++ = *s++;
}

/* How many leading bytes, a multiple of 16, are known to be equal. */
size_t vec_memcmp_equal_prefix(const void *a, const void *b, size_t n)
{
	const u8 *x = a, *y = b;
	size_t done;

	for (done = 0; n - done >= 16; done += 16) {
		v2du d = (v2du)(*(const v16_una *)(x + done) ^
				*(const v16_una *)(y + done));

		if (d[0] | d[1])
			break;
	}
	return done;
}
