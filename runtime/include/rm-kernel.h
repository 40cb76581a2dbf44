/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rm-kernel.h - the few kernel idioms the runtime model is written with.
 *
 * The runtime is user-space code, but it is written the way
 * arch/powerpc/lib is, so that what the plugin and KASAN see here is what
 * they would see in the kernel.  Usable from assembly (PAGE_SHIFT and
 * PAGE_SIZE only).
 */
#ifndef RM_KERNEL_H
#define RM_KERNEL_H

/*
 * Book3S 64 kernels are usually built with 64 KiB pages; kexec copies in
 * units of PAGE_SIZE, and so does copy_page().
 */
#define PAGE_SHIFT	16
#define PAGE_SIZE	(1 << PAGE_SHIFT)

#ifndef __ASSEMBLER__

#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;

#define PAGE_MASK	(~((unsigned long)PAGE_SIZE - 1))

/* glibc's <sys/cdefs.h> has the same definition. */
#ifndef __always_inline
#define __always_inline	inline __attribute__((__always_inline__))
#endif
#define noinline	__attribute__((__noinline__))
#define __aligned(n)	__attribute__((__aligned__(n)))

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#define barrier()	__asm__ __volatile__("" : : : "memory")
#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))

#define round_up(x, a)	((((x) - 1) | ((__typeof__(x))(a) - 1)) + 1)
#define round_down(x, a) ((x) & ~((__typeof__(x))(a) - 1))

#endif /* !__ASSEMBLER__ */

#endif /* RM_KERNEL_H */
