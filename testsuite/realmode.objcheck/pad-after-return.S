/*
 * Assembly without .size, as the kernel's head_64.S writes it: after the
 * last return of root_pad comes alignment padding, then code that only
 * its own label reaches.  root_pad calls nothing.
 */
#include "objcheck-asm.h"

	.text
	.globl root_pad
root_pad:
	RET
	.balign 256
other:
	CALL(__asan_load8_noabort)
	RET
