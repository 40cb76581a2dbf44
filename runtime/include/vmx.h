/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * vmx.h - the VMX helpers, the copy routines that use them, and the
 * model of the VMX register state.
 */
#ifndef RM_VMX_H
#define RM_VMX_H

#include "realmode.h"
#include "rm-kernel.h"
#include "thread_info.h"

int enter_vmx_usercopy(void);
int exit_vmx_usercopy(void);

/*
 * enter_vmx_ops() is reached from copy_page() with the MMU off during the
 * kexec switchover, so callers may rely on it being realmode.
 *
 * UNPATCHED builds vmx-helper.c as the kernel had it before the fix: the
 * definition must then not see this promise, which would make it realmode
 * after all.  The copy routines are built once, with the promise, as
 * their callers in the kernel were: only realmode-objcheck can see that a
 * definition in another object does not keep it.
 */
#ifndef UNPATCHED
__realmode
#endif
int enter_vmx_ops(void);
void *exit_vmx_ops(void *dest);

void enable_kernel_altivec(void);
void disable_kernel_altivec(void);

/*
 * The copy routines (assembly on ppc64, C elsewhere).  Named rm_* so that
 * a test program can link them next to the C library's.  Each takes the
 * VMX path only when enter_vmx_ops() returns 1, and leaves it through
 * exit_vmx_ops().
 */
__realmode void rm_copy_page(void *dst, const void *src);
__realmode void *rm_memcpy(void *dst, const void *src, size_t n);
__realmode int rm_memcmp(const void *a, const void *b, size_t n);

/*
 * rm_memcpy() and rm_memcmp() try VMX from this many bytes on, as the
 * kernel's do from 4096; tests set 0 (always) or ~0UL (never).
 */
extern unsigned long rm_vmx_threshold;
#define RM_VMX_THRESHOLD_DEFAULT	4096UL

/* Vector helpers of the portable C routines (generic/copy-vec.c). */
void vec_copy_page(void *dst, const void *src);
void vec_memcpy(void *dst, const void *src, size_t n);
size_t vec_memcmp_equal_prefix(const void *a, const void *b, size_t n);

/*
 * The VMX register state model (ppc64/vmx-state.S, x86_64/vmx-state.S).
 *
 * rm_vmx_save()/rm_vmx_restore() copy every vector register and the
 * status register to/from *st: enable_kernel_altivec() saves the task's
 * registers, disable_kernel_altivec() puts them back.
 *
 * rm_vmx_checked_call() loads rm_vmx_pattern into every vector register,
 * calls fn(a, b, c) and stores the registers it finds afterwards into
 * *after.  Code that uses VMX without enable_kernel_altivec() (or after
 * disable_kernel_altivec()) changes the task's registers, and
 * rm_vmx_check() says which.
 */
void rm_vmx_save(struct vmx_state *st);
void rm_vmx_restore(const struct vmx_state *st);

typedef long rm_vmx_fn(long a, long b, long c);
long rm_vmx_checked_call(rm_vmx_fn *fn, long a, long b, long c,
			 struct vmx_state *after);

extern const u8 rm_vmx_pattern[32][16];
/* Number of vector registers the model checks: 32 (ppc64) or 16 (x86_64). */
extern const int rm_vmx_nregs;

/* 0 if *after holds the pattern in every register, else 1 + the first changed one. */
int rm_vmx_check(const struct vmx_state *after);

#endif /* RM_VMX_H */
