/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Misuse of the VMX unit, for vmx-test: these change vector registers
 * without enable_kernel_altivec().
 */
#include "asm.h"

	.abiversion 2

/* long vmx_bad_clobber(long, long, long): changes v5, returns 0. */
FUNC_START(vmx_bad_clobber)
	vspltisb 5, 7
	li	r3, 0
	blr
FUNC_END(vmx_bad_clobber)

/* void vmx_clobber(void): changes v7. */
FUNC_START(vmx_clobber)
	vspltisb 7, -1
	blr
FUNC_END(vmx_clobber)

	.section .note.GNU-stack, "", @progbits
