/*
 * Entry code with a size (SYM_CODE_START with SYM_CODE_END) whose walk
 * stops at a call on the branch it takes first, leaving code that only
 * an unwind hint reaches, with another call.  Linux 6.1's objtool
 * reports both; a newer one, as 6.12's, warns once per symbol and says
 * nothing of the second.  The checker follows the layout of the
 * alternatives table (14-byte entries with -DALT_FT_FLAGS).
 */
#include "noinstr-asm.h"

	.pushsection .entry.text, "ax"
	.globl	sized_entry
	.type	sized_entry, @notype
sized_entry:
	UNWIND_HINT_EMPTY
	testb	$3, 8(%rsp)
	jne	1f
	call	paranoid_side
	UNWIND_HINT_EMPTY
	call	second_call
	ud2
1:	call	first_call
	ud2
	.size	sized_entry, . - sized_entry
	/* Only for the layout: an alternative that changes nothing. */
661:	.skip 1, 0x90
662:
	ALT_ENTRY(661b, 662b, 6641f, 6651f, 0x123)
	.pushsection .altinstr_replacement, "ax"
6641:	nop
6651:
	.popsection
	.popsection
