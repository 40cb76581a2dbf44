/*
 * A static branch (asm goto with a nop): the block it may jump to is
 * reached only through __jump_table, and its call is walked.
 * -DIN_REGION makes that block a region.
 */
#include "noinstr-asm.h"

NOINSTR_START(static_branch)
1:	.byte 0x0f, 0x1f, 0x44, 0x00, 0x00
	.pushsection __jump_table, "aw"
	.balign 8
	.long 1b - .
	.long 2f - .
	.quad static_key - .
	.popsection
	ret
2:
#ifdef IN_REGION
	INSTR_BEGIN
#endif
	call	other
#ifdef IN_REGION
	INSTR_END
#endif
	ret
NOINSTR_END(static_branch)

	.data
	.globl	static_key
static_key:
	.quad	0
