/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rm_copy_page(void *dst, const void *src): copy one PAGE_SIZE page;
 * both are page aligned.
 *
 * Reached with the MMU off from the kexec switchover (copy_segments()),
 * where enter_vmx_ops() says no and the scalar loop does the work.
 */
#include "asm.h"

	.abiversion 2

REALMODE_FUNC(rm_copy_page)
FUNC_START(rm_copy_page)
	CALL_ENTER_VMX_OPS
	addi	r1, r1, STACKFRAMESIZE
	ld	r0, STK_LR(r1)
	mtlr	r0
	beq	cr1, .Lscalar

	/* VMX: 64 bytes an iteration, from aligned quadwords. */
	li	r0, PAGE_SIZE / 64
	mtctr	r0
	li	r6, 16
	li	r7, 32
	li	r8, 48
1:	lvx	v0, 0, r4
	lvx	v1, r4, r6
	lvx	v2, r4, r7
	lvx	v3, r4, r8
	addi	r4, r4, 64
	stvx	v0, 0, r3
	stvx	v1, r3, r6
	stvx	v2, r3, r7
	stvx	v3, r3, r8
	addi	r3, r3, 64
	bdnz	1b
	/* Hands the registers back and enables preemption (MMU on here). */
	REALMODE_UNCHECKED_CALL
	b	exit_vmx_ops

.Lscalar:
	li	r0, PAGE_SIZE / 32
	mtctr	r0
2:	ld	r6, 0(r4)
	ld	r7, 8(r4)
	ld	r8, 16(r4)
	ld	r9, 24(r4)
	addi	r4, r4, 32
	std	r6, 0(r3)
	std	r7, 8(r3)
	std	r8, 16(r3)
	std	r9, 24(r3)
	addi	r3, r3, 32
	bdnz	2b
	blr
FUNC_END(rm_copy_page)

	.section .note.GNU-stack, "", @progbits
