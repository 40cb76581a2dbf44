/*
 * A return inside a region: instrumentation left enabled for the
 * caller, which objtool reports as "return with instrumentation
 * enabled".  -DBALANCED ends the region first.
 */
#include "noinstr-asm.h"

REGION_PAIR

NOINSTR_START(ret_in_region)
	INSTR_BEGIN
	call	other
#ifdef BALANCED
	INSTR_END
#endif
	ret
NOINSTR_END(ret_in_region)
