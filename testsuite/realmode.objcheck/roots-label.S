/*
 * Roots that are no function of their own: local labels inside other
 * code, as head_64.S's start_here_common.  at_call's code from its
 * label calls KASAN; after_call's only comes after the call.
 */
#include "objcheck-asm.h"

	.text
FUNC_START(outer_a)
	nop
at_call:
	CALL(__asan_load8_noabort)
	RET
FUNC_END(outer_a)

FUNC_START(outer_b)
	CALL(__asan_load8_noabort)
after_call:
	nop
	RET
FUNC_END(outer_b)
