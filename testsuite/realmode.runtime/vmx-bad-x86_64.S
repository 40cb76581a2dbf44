/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Misuse of the "VMX" unit (xmm registers in the x86_64 model), for
 * vmx-test: these change vector registers without enable_kernel_altivec().
 */
	.text

/* long vmx_bad_clobber(long, long, long): changes xmm5, returns 0. */
	.globl	vmx_bad_clobber
	.type	vmx_bad_clobber, @function
vmx_bad_clobber:
	pcmpeqb	%xmm5, %xmm5
	xorl	%eax, %eax
	ret
	.size	vmx_bad_clobber, . - vmx_bad_clobber

/* void vmx_clobber(void): changes xmm7. */
	.globl	vmx_clobber
	.type	vmx_clobber, @function
vmx_clobber:
	pcmpeqb	%xmm7, %xmm7
	ret
	.size	vmx_clobber, . - vmx_clobber

	.section .note.GNU-stack, "", @progbits
