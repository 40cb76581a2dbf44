/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The VMX register state model, x86_64: see vmx.h.  The "VMX registers"
 * of this model are xmm0-xmm15, the status register MXCSR.
 *
 * struct vmx_state: xmm0..xmm15 at 16 * n, MXCSR at 512.
 */
	.text

/* void rm_vmx_save(struct vmx_state *st) */
	.globl	rm_vmx_save
	.type	rm_vmx_save, @function
	.p2align 4
rm_vmx_save:
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	movdqu	%xmm\n, 16*\n(%rdi)
	.endr
	stmxcsr	512(%rdi)
	ret
	.size	rm_vmx_save, . - rm_vmx_save

/* void rm_vmx_restore(const struct vmx_state *st) */
	.globl	rm_vmx_restore
	.type	rm_vmx_restore, @function
	.p2align 4
rm_vmx_restore:
	ldmxcsr	512(%rdi)
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	movdqu	16*\n(%rdi), %xmm\n
	.endr
	ret
	.size	rm_vmx_restore, . - rm_vmx_restore

/*
 * long rm_vmx_checked_call(rm_vmx_fn *fn, long a, long b, long c,
 *			    struct vmx_state *after)
 *
 * All xmm registers are call-clobbered in the SysV ABI: nothing of the
 * caller's to keep but %rbx, which holds "after" across the call.
 */
	.globl	rm_vmx_checked_call
	.type	rm_vmx_checked_call, @function
	.p2align 4
rm_vmx_checked_call:
	pushq	%rbx			/* also aligns the stack for the call */
	movq	%r8, %rbx
	movq	%rdi, %rax
	leaq	rm_vmx_pattern(%rip), %r9
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	movdqu	16*\n(%r9), %xmm\n
	.endr
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	call	*%rax
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	movdqu	%xmm\n, 16*\n(%rbx)
	.endr
	popq	%rbx
	ret
	.size	rm_vmx_checked_call, . - rm_vmx_checked_call

	.section .note.GNU-stack, "", @progbits
