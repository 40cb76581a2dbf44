/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * asm.h - conventions of the ppc64 (ELFv2) copy routines.
 */
#ifndef RM_PPC64_ASM_H
#define RM_PPC64_ASM_H

#include "rm-kernel.h"

/*
 * REALMODE_FUNC(sym), from realmode.h, records the assembly function sym
 * as realmode for realmode-objcheck, which then checks every call it
 * makes.  Every routine that may run with the MMU off carries it.  Their
 * VMX paths call exit_vmx_ops(), which is not realmode; they reach it only
 * after enter_vmx_ops() returned 1, i.e. with the MMU on, like the C code
 * in a realmode_unchecked_begin()/end() region: REALMODE_UNCHECKED_CALL
 * says so before each such call.
 */
#include "realmode.h"

/* Register names, for the reader: the assembler takes plain numbers. */
#define r0	0
#define r1	1
#define r2	2
#define r3	3
#define r4	4
#define r5	5
#define r6	6
#define r7	7
#define r8	8
#define r9	9
#define r10	10
#define r11	11
#define r12	12
#define v0	0
#define v1	1
#define v2	2
#define v3	3
#define v4	4
#define v5	5
#define v6	6
#define cr0	0
#define cr1	1
#define cr6	6

/*
 * A global function with an ELFv2 global entry point: called through a
 * pointer (r12 = its address) it sets up r2 itself; direct calls from
 * this module enter after that, at the local entry point.
 */
#define FUNC_START(name)					\
	.text;							\
	.globl name;						\
	.type name, @function;					\
	.p2align 4;						\
name:								\
0:	addis r2, r12, (.TOC. - 0b)@ha;				\
	addi r2, r2, (.TOC. - 0b)@l;				\
	.localentry name, . - name

#define FUNC_END(name)						\
	.size name, . - name

/*
 * The stack frame of a routine that calls out: the ELFv2 header (back
 * chain, CR, LR and TOC save words) and three doublewords for the
 * arguments, which the callee may clobber.
 */
#define STACKFRAMESIZE	64
#define STK_LR		16	/* in the caller's frame */
#define STK_ARG0	32
#define STK_ARG1	40
#define STK_ARG2	48

/*
 * Ask enter_vmx_ops() whether VMX may be used, in a new stack frame, with
 * the arguments in r3-r5 as they were: cr1 is "eq" when it said no.  The
 * caller pops the frame.
 */
#define CALL_ENTER_VMX_OPS			\
	mflr	r0;				\
	std	r0, STK_LR(r1);			\
	stdu	r1, -STACKFRAMESIZE(r1);	\
	std	r3, STK_ARG0(r1);		\
	std	r4, STK_ARG1(r1);		\
	std	r5, STK_ARG2(r1);		\
	bl	enter_vmx_ops;			\
	nop;					\
	cmpwi	cr1, r3, 0;			\
	ld	r3, STK_ARG0(r1);		\
	ld	r4, STK_ARG1(r1);		\
	ld	r5, STK_ARG2(r1)

#endif /* RM_PPC64_ASM_H */
