/* A sanctioned call (recorded in .discard.realmode.unchecked) and one not. */
#include "objcheck-asm.h"

	.text
FUNC_START(sanctioned)
1:	CALL(mmu_on_only)
	.pushsection .discard.realmode.unchecked, "", @progbits
	.balign 8
	.quad 1b
	.popsection
	CALL(not_sanctioned)
	RET
FUNC_END(sanctioned)
REALMODE_FUNC(sanctioned)
