/* copy_page in assembly: it calls enter_vmx_ops() (roots-c.c). */
#include "objcheck-asm.h"

	.text
FUNC_START(copy_page)
	CALL(enter_vmx_ops)
	RET
FUNC_END(copy_page)
