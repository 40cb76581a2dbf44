/* A retpoline tail call and a retpoline call (x86_64). */
#include "objcheck-asm.h"

	.text
FUNC_START(thunk_jump)
	jmp __x86_indirect_thunk_rax
FUNC_END(thunk_jump)

FUNC_START(thunk_call)
	call __x86_indirect_thunk_rax
	RET
FUNC_END(thunk_call)
