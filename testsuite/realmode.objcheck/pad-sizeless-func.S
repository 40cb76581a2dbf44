/*
 * Linux 6.1's copy_and_flush(): a function symbol of size 0 that ends in
 * a return followed by a jump that nothing reaches (the secondary-CPU
 * entry that comes next in head_64.S).
 */
#include "objcheck-asm.h"

	.text
	.globl copy_and_flush
	.type copy_and_flush, @function
copy_and_flush:
	nop
	RET
	TAIL(secondary_start)
	nop
	nop

	.globl secondary_start
	.type secondary_start, @function
secondary_start:
	CALL(__asan_load8_noabort)
	RET
	.size secondary_start, .-secondary_start
