// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * copy.c - rm_copy_page(), rm_memcpy() and rm_memcmp() in C, for hosts
 * without the ppc64 assembly (x86_64).
 *
 * The same protocol as the assembly: the vector path only when
 * enter_vmx_ops() returns 1, left through exit_vmx_ops(); the scalar code
 * otherwise.  These functions run with the MMU off (copy_page() from the
 * kexec switchover), so they are realmode.  Once enter_vmx_ops() has
 * returned 1 we are in process context with the MMU on, and the vector
 * helpers are called in an unchecked region.
 *
 * Built without vector registers (-mgeneral-regs-only), as the kernel's
 * C code is: only the helpers in copy-vec.c use them, between
 * enable_kernel_altivec() and disable_kernel_altivec().
 */
#include "realmode.h"
#include "vmx.h"

/* An unaligned doubleword. */
typedef u64 __attribute__((__aligned__(1), __may_alias__)) u64_una;

__realmode void rm_copy_page(void *dst, const void *src)
{
	u64 *d = dst;
	const u64 *s = src;
	size_t i;

	if (enter_vmx_ops()) {
		realmode_unchecked_begin();
		vec_copy_page(dst, src);
		exit_vmx_ops(dst);
		realmode_unchecked_end();
		return;
	}
	for (i = 0; i < PAGE_SIZE / sizeof(u64); i += 4) {
		d[i] = s[i];
		d[i + 1] = s[i + 1];
		d[i + 2] = s[i + 2];
		d[i + 3] = s[i + 3];
	}
}

static __always_inline void copy_bytes(u8 *d, const u8 *s, size_t n)
{
	while (n--)
		*d++ = *s++;
}

__realmode void *rm_memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;
	size_t head;

	if (n >= READ_ONCE(rm_vmx_threshold) && enter_vmx_ops()) {
		realmode_unchecked_begin();
		vec_memcpy(dst, src, n);
		exit_vmx_ops(dst);
		realmode_unchecked_end();
		return dst;
	}
	if (n >= 8) {
		head = -(unsigned long)d & 7;
		copy_bytes(d, s, head);
		d += head;
		s += head;
		n -= head;
		for (; n >= 8; n -= 8, d += 8, s += 8)
			*(u64 *)d = *(const u64_una *)s;
	}
	copy_bytes(d, s, n);
	return dst;
}

/* The first n bytes of a doubleword as a number that orders like memcmp. */
static __always_inline u64 be64(const void *p)
{
	u64 v = *(const u64_una *)p;

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static __always_inline int cmp_scalar(const u8 *a, const u8 *b, size_t n)
{
	for (; n >= 8; n -= 8, a += 8, b += 8) {
		u64 x = be64(a), y = be64(b);

		if (x != y)
			return x < y ? -1 : 1;
	}
	for (; n; n--, a++, b++)
		if (*a != *b)
			return *a < *b ? -1 : 1;
	return 0;
}

__realmode int rm_memcmp(const void *a, const void *b, size_t n)
{
	size_t same;

	if (n >= READ_ONCE(rm_vmx_threshold) && enter_vmx_ops()) {
		realmode_unchecked_begin();
		same = vec_memcmp_equal_prefix(a, b, n);
		exit_vmx_ops(NULL);
		realmode_unchecked_end();
		/* The scalar code finds the byte that differs. */
		return cmp_scalar((const u8 *)a + same, (const u8 *)b + same,
				  n - same);
	}
	return cmp_scalar(a, b, n);
}
