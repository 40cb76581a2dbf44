/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * int rm_memcmp(const void *a, const void *b, size_t n): -1, 0 or 1.
 *
 * Scalar: eight bytes at a time with ldbrx, which loads them as a
 * big-endian number so that an unsigned compare orders them the way
 * memcmp does; then single bytes.
 *
 * VMX, from rm_vmx_threshold bytes on and if enter_vmx_ops() allows:
 * sixteen bytes of each side at a time, compared with vcmpequb.  Each
 * side is read from the quadword holding its first byte and the one
 * holding its 15th (the same one when it is aligned) and merged with
 * vperm (see memcpy.S), so nothing past the last byte's quadword is read.
 * At the first quadword that differs, or with fewer than 16 bytes left,
 * the VMX part ends and the scalar code finishes from there.
 */
#include "asm.h"

	.abiversion 2

REALMODE_FUNC(rm_memcmp)
FUNC_START(rm_memcmp)
	addis	r6, r2, rm_vmx_threshold@toc@ha
	ld	r6, rm_vmx_threshold@toc@l(r6)
	cmpld	r5, r6
	bge	.Lvmx

.Lscalar:
	srdi.	r6, r5, 3
	beq	.Lbytes
	mtctr	r6
1:	ldbrx	r7, 0, r3
	ldbrx	r8, 0, r4
	cmpld	r7, r8
	bne	.Ldiff
	addi	r3, r3, 8
	addi	r4, r4, 8
	bdnz	1b
	andi.	r5, r5, 7
.Lbytes:
	cmpldi	r5, 0
	beq	.Lequal
	mtctr	r5
2:	lbz	r7, 0(r3)
	lbz	r8, 0(r4)
	cmpld	r7, r8
	bne	.Ldiff
	addi	r3, r3, 1
	addi	r4, r4, 1
	bdnz	2b
.Lequal:
	li	r3, 0
	blr
.Ldiff:					/* cr0 holds the unsigned compare */
	li	r3, 1
	bgtlr
	li	r3, -1
	blr

.Lvmx:
	CALL_ENTER_VMX_OPS
	bne	cr1, 3f
	addi	r1, r1, STACKFRAMESIZE	/* no VMX (maybe the MMU is off) */
	ld	r0, STK_LR(r1)
	mtlr	r0
	b	.Lscalar

3:	srdi.	r6, r5, 4
	beq	.Lvmx_done
	mtctr	r6
	li	r7, 15
	lvsr	v4, 0, r3		/* the offsets stay the same all along */
	lvsr	v5, 0, r4
4:	lvx	v0, 0, r3
	lvx	v1, r3, r7
	vperm	v0, v1, v0, v4
	lvx	v2, 0, r4
	lvx	v3, r4, r7
	vperm	v2, v3, v2, v5
	vcmpequb. v6, v0, v2
	bge	cr6, .Lvmx_done		/* not all 16 equal */
	addi	r3, r3, 16
	addi	r4, r4, 16
	addi	r5, r5, -16
	bdnz	4b

	/* Give VMX back before the scalar code finishes the job. */
.Lvmx_done:
	std	r3, STK_ARG0(r1)
	std	r4, STK_ARG1(r1)
	std	r5, STK_ARG2(r1)
	REALMODE_UNCHECKED_CALL
	bl	exit_vmx_ops
	nop
	ld	r3, STK_ARG0(r1)
	ld	r4, STK_ARG1(r1)
	ld	r5, STK_ARG2(r1)
	addi	r1, r1, STACKFRAMESIZE
	ld	r0, STK_LR(r1)
	mtlr	r0
	b	.Lscalar
FUNC_END(rm_memcmp)

	.section .note.GNU-stack, "", @progbits
