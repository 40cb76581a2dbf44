/* One assembly function recorded with REALMODE_FUNC, one not. */
#include "objcheck-asm.h"

	.text
FUNC_START(asm_marked)
	CALL(asm_plain)
	RET
FUNC_END(asm_marked)
REALMODE_FUNC(asm_marked)

FUNC_START(asm_plain)
	RET
FUNC_END(asm_plain)
