/*
 * pad-after-return.S without the return: control falls through the
 * padding into the instrumented code.
 */
#include "objcheck-asm.h"

	.text
	.globl root_fall
root_fall:
	nop
	.balign 256
other:
	CALL(__asan_load8_noabort)
	RET
