/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The VMX register state model, ppc64: see vmx.h.
 *
 * struct vmx_state: v0..v31 at 16 * n, VSCR (read through a vector
 * register) at 512; 16-byte aligned.
 */
#include "asm.h"

	.abiversion 2

/* void rm_vmx_save(struct vmx_state *st) */
FUNC_START(rm_vmx_save)
	mr	r4, r3
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	stvx	\n, 0, r4
	addi	r4, r4, 16
	.endr
	mfvscr	v0
	stvx	v0, 0, r4
	lvx	v0, 0, r3		/* v0 as it was */
	blr
FUNC_END(rm_vmx_save)

/* void rm_vmx_restore(const struct vmx_state *st) */
FUNC_START(rm_vmx_restore)
	addi	r4, r3, 512
	lvx	v0, 0, r4
	mtvscr	v0
	mr	r4, r3
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	lvx	\n, 0, r4
	addi	r4, r4, 16
	.endr
	blr
FUNC_END(rm_vmx_restore)

/*
 * long rm_vmx_checked_call(rm_vmx_fn *fn, long a, long b, long c,
 *			    struct vmx_state *after)
 *
 * v20-v31 are non-volatile in the ELFv2 ABI: saved here, since the
 * pattern overwrites them.
 */
#define CC_FRAME	(32 + 16 + 12 * 16)
#define CC_AFTER	32
#define CC_VSAVE	48

FUNC_START(rm_vmx_checked_call)
	mflr	r0
	std	r0, STK_LR(r1)
	stdu	r1, -CC_FRAME(r1)
	std	r7, CC_AFTER(r1)
	addi	r8, r1, CC_VSAVE
	.irp	n, 20,21,22,23,24,25,26,27,28,29,30,31
	stvx	\n, 0, r8
	addi	r8, r8, 16
	.endr

	addis	r8, r2, rm_vmx_pattern@toc@ha
	addi	r8, r8, rm_vmx_pattern@toc@l
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	lvx	\n, 0, r8
	addi	r8, r8, 16
	.endr

	mtctr	r3
	mr	r12, r3
	mr	r3, r4
	mr	r4, r5
	mr	r5, r6
	std	r2, 24(r1)		/* fn may be in another module */
	bctrl
	ld	r2, 24(r1)

	ld	r8, CC_AFTER(r1)
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	stvx	\n, 0, r8
	addi	r8, r8, 16
	.endr

	addi	r8, r1, CC_VSAVE
	.irp	n, 20,21,22,23,24,25,26,27,28,29,30,31
	lvx	\n, 0, r8
	addi	r8, r8, 16
	.endr
	addi	r1, r1, CC_FRAME
	ld	r0, STK_LR(r1)
	mtlr	r0
	blr
FUNC_END(rm_vmx_checked_call)

	.section .note.GNU-stack, "", @progbits
