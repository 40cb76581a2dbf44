/*
 * Indirect calls through pv_ops[]: slot 0 holds only a noinstr
 * function, so calling through it is fine; slot 1 holds one in .text.
 * -DSLOT=0 calls through the clean slot, the default through slot 1.
 */
#include "noinstr-asm.h"

#ifndef SLOT
# define SLOT 1
#endif

NOINSTR_START(pv_caller)
	call	*pv_ops + 8 * SLOT(%rip)
	ret
NOINSTR_END(pv_caller)

NOINSTR_START(native_noinstr_op)
	ret
NOINSTR_END(native_noinstr_op)

	.text
FUNC_START(native_text_op)
	ret
FUNC_END(native_text_op)

	.data
	.globl	pv_ops
	.type	pv_ops, @object
pv_ops:
	.quad	native_noinstr_op
	.quad	native_text_op
	.size	pv_ops, . - pv_ops
