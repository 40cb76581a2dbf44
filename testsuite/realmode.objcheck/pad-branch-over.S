/*
 * A return that a branch before it jumps over: the code after the
 * return is root_over's own.
 */
#include "objcheck-asm.h"

	.text
	.globl root_over
root_over:
	JUMP_IF_ZERO(1f)
	RET
1:
	CALL(__asan_load4_noabort)
	RET
