/*
 * Entry code is no function (SYM_CODE_START): objtool walks it from its
 * unwind hints, and the call in it is reported at a section offset.
 * -DNO_HINT leaves the hint out: nothing walks that code.
 */
#include "noinstr-asm.h"

	.pushsection .entry.text, "ax"
	.globl	entry_code
entry_code:
#ifndef NO_HINT
	UNWIND_HINT_EMPTY
#endif
	call	other
	ud2
	.popsection
