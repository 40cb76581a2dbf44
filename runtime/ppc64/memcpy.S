/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * void *rm_memcpy(void *dst, const void *src, size_t n)
 *
 * From rm_vmx_threshold bytes on, and if enter_vmx_ops() allows, a VMX
 * loop: the destination is aligned to 16 bytes first, then each store
 * writes one aligned quadword.  An aligned source is read as it is; an
 * unaligned one with lvx from the two aligned quadwords that hold the
 * 16 bytes wanted, merged by vperm.  Otherwise, and for what is left
 * over, a scalar copy.
 *
 * A note on vperm in little-endian mode: lvx puts the byte at the lowest
 * address in the rightmost byte of the register (byte 15, as vperm
 * numbers them).  With A the quadword at src & ~15, B the next one and
 * o = src & 15, the wanted byte j (in vperm's numbering) is byte
 * 16 - o + j of the pair B:A, which is what lvsr produces for src.
 */
#include "asm.h"

	.abiversion 2

REALMODE_FUNC(rm_memcpy)
FUNC_START(rm_memcpy)
	addis	r6, r2, rm_vmx_threshold@toc@ha
	ld	r6, rm_vmx_threshold@toc@l(r6)
	cmpld	r5, r6
	bge	.Lvmx

	/* Scalar: r9 walks the destination, r3 stays the return value. */
.Lscalar:
	mr	r9, r3
	cmpldi	r5, 8
	blt	.Lbytes
	neg	r6, r9			/* bytes to an aligned destination */
	andi.	r6, r6, 7
	beq	2f
	sub	r5, r5, r6
	mtctr	r6
1:	lbz	r0, 0(r4)
	addi	r4, r4, 1
	stb	r0, 0(r9)
	addi	r9, r9, 1
	bdnz	1b
2:	srdi.	r6, r5, 5		/* 32-byte blocks; the source may be unaligned */
	beq	4f
	mtctr	r6
3:	ld	r0, 0(r4)
	ld	r6, 8(r4)
	ld	r7, 16(r4)
	ld	r8, 24(r4)
	addi	r4, r4, 32
	std	r0, 0(r9)
	std	r6, 8(r9)
	std	r7, 16(r9)
	std	r8, 24(r9)
	addi	r9, r9, 32
	bdnz	3b
	andi.	r5, r5, 31
4:	srdi.	r6, r5, 3		/* doublewords */
	beq	.Lbytes
	mtctr	r6
5:	ld	r0, 0(r4)
	addi	r4, r4, 8
	std	r0, 0(r9)
	addi	r9, r9, 8
	bdnz	5b
	andi.	r5, r5, 7
.Lbytes:
	cmpldi	r5, 0
	beqlr
	mtctr	r5
6:	lbz	r0, 0(r4)
	addi	r4, r4, 1
	stb	r0, 0(r9)
	addi	r9, r9, 1
	bdnz	6b
	blr

.Lvmx:
	CALL_ENTER_VMX_OPS
	addi	r1, r1, STACKFRAMESIZE
	ld	r0, STK_LR(r1)
	mtlr	r0
	beq	cr1, .Lscalar		/* no VMX (maybe the MMU is off) */

	mr	r9, r3
	neg	r6, r9			/* bytes to an aligned destination... */
	andi.	r6, r6, 15
	beq	2f
	cmpld	r6, r5			/* ...but no more than n */
	ble	1f
	mr.	r6, r5
	beq	2f			/* n == 0 */
1:	sub	r5, r5, r6
	mtctr	r6
0:	lbz	r0, 0(r4)
	addi	r4, r4, 1
	stb	r0, 0(r9)
	addi	r9, r9, 1
	bdnz	0b
2:	srdi.	r6, r5, 4		/* quadwords */
	beq	.Lvmx_tail
	andi.	r0, r4, 15
	bne	.Lvmx_unaligned

	/* Aligned source: 64 bytes an iteration, then single quadwords. */
	srdi.	r0, r6, 2
	beq	4f
	mtctr	r0
	li	r7, 16
	li	r8, 32
	li	r10, 48
3:	lvx	v0, 0, r4
	lvx	v1, r4, r7
	lvx	v2, r4, r8
	lvx	v3, r4, r10
	addi	r4, r4, 64
	stvx	v0, 0, r9
	stvx	v1, r9, r7
	stvx	v2, r9, r8
	stvx	v3, r9, r10
	addi	r9, r9, 64
	bdnz	3b
4:	andi.	r6, r6, 3
	beq	.Lvmx_tail
	mtctr	r6
5:	lvx	v0, 0, r4
	addi	r4, r4, 16
	stvx	v0, 0, r9
	addi	r9, r9, 16
	bdnz	5b
	b	.Lvmx_tail

	/*
	 * Unaligned source: A (v0) is carried over from one iteration to
	 * the next.  B is read from the quadword after A; it holds the last
	 * byte wanted (the source is not aligned), so nothing past the
	 * quadword holding src + 15 is read.
	 */
.Lvmx_unaligned:
	mtctr	r6
	lvsr	v2, 0, r4
	lvx	v0, 0, r4
	li	r7, 16
6:	lvx	v1, r4, r7
	vperm	v3, v1, v0, v2
	addi	r4, r4, 16
	vor	v0, v1, v1
	stvx	v3, 0, r9
	addi	r9, r9, 16
	bdnz	6b

.Lvmx_tail:
	andi.	r5, r5, 15
	beq	8f
	mtctr	r5
7:	lbz	r0, 0(r4)
	addi	r4, r4, 1
	stb	r0, 0(r9)
	addi	r9, r9, 1
	bdnz	7b
	/* r3 is still dst: exit_vmx_ops() returns it to our caller. */
8:	REALMODE_UNCHECKED_CALL
	b	exit_vmx_ops
FUNC_END(rm_memcpy)

	.section .note.GNU-stack, "", @progbits
