/*
 * An alternative whose replacement calls out: the call is walked where
 * it is patched in, with the original's region state.  -DIN_REGION puts
 * the patch site in a region.
 */
#include "noinstr-asm.h"

NOINSTR_START(alt_site)
#ifdef IN_REGION
	INSTR_BEGIN
#endif
661:	.skip 5, 0x90
662:
	ALT_ENTRY(661b, 662b, 6641f, 6651f, 0x123)
	.pushsection .altinstr_replacement, "ax"
6641:	call	other
6651:
	.popsection
#ifdef IN_REGION
	INSTR_END
#endif
	ret
NOINSTR_END(alt_site)
