/*
 * Two alternatives for one instruction, each calling out: objtool stops
 * at the first it walks.  Linux 6.1's objtool walks them in table order
 * (first_repl), a newer one, as 6.12's, the last entry first
 * (last_repl); which one the checker follows goes with the table's
 * layout: 12-byte entries, or 14 with -DALT_FT_FLAGS.
 */
#include "noinstr-asm.h"

NOINSTR_START(two_alts)
661:	.skip 5, 0x90
662:
	ALT_ENTRY(661b, 662b, 6641f, 6651f, 0x123)
	ALT_ENTRY(661b, 662b, 6642f, 6652f, 0x124)
	.pushsection .altinstr_replacement, "ax"
6641:	call	first_repl
6651:
6642:	call	last_repl
6652:
	.popsection
	ret
NOINSTR_END(two_alts)
