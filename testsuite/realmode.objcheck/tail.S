/*
 * Tail calls (x86 jmp, PowerPC and AArch64 b) to both functions of
 * asm-funcs.S: one recorded with REALMODE_FUNC, one not.
 */
#include "objcheck-asm.h"

	.text
FUNC_START(tail_to_marked)
	TAIL(asm_marked)
FUNC_END(tail_to_marked)
REALMODE_FUNC(tail_to_marked)

FUNC_START(tail_to_plain)
	TAIL(asm_plain)
FUNC_END(tail_to_plain)
REALMODE_FUNC(tail_to_plain)
