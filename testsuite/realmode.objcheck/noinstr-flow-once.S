/*
 * Two calls out of a noinstr function, both outside every region: the
 * walk stops at the first, as objtool's does, so the function is
 * reported once.  -DFIRST_OK sanctions the first: then the second is
 * the one reported.
 */
#include "noinstr-asm.h"

NOINSTR_START(two_calls)
#ifdef FIRST_OK
	INSTR_BEGIN
#endif
	call	other
#ifdef FIRST_OK
	INSTR_END
#endif
	call	another
	ret
NOINSTR_END(two_calls)
