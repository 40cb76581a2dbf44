/*
 * After a call that does not return, the walk ends: the code after it
 * belongs to another path.  The region path is walked first (the
 * conditional jump's target); were it to go on after the call to
 * NORETURN, it would reach the shared tail with the region open and
 * report the return, and the call to other() would be taken as
 * sanctioned.  panic() does not return by name, as in objtool's list;
 * die() because its code has no return.  -DNORETURN=returns names a
 * function that does return.
 */
#include "noinstr-asm.h"

REGION_PAIR

#ifndef NORETURN
# define NORETURN panic
#endif

NOINSTR_START(calls_noreturn)
	test	%edi, %edi
	jne	1f
	jmp	2f
1:	INSTR_BEGIN
	call	NORETURN
2:	call	other
	ret
NOINSTR_END(calls_noreturn)

	.text
FUNC_START(die)
1:	hlt
	jmp	1b
FUNC_END(die)

FUNC_START(returns)
	ret
FUNC_END(returns)
