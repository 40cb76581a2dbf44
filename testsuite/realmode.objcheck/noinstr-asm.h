/*
 * noinstr-asm.h - the annotations of Linux 6.1's x86 noinstr code, in
 * assembly, for the flow tests (noinstr-flow-*.S): the place of each
 * goes into a .discard table as "label - .", as the kernel's macros do.
 */
#ifndef NOINSTR_ASM_H
#define NOINSTR_ASM_H

#include "objcheck-asm.h"

/* Where NAME's place goes: .long LABEL - . in SECTION. */
#define PLACE(section, label)						\
	.pushsection section, "", @progbits;				\
	.long label - .;						\
	.popsection

/* instrumentation_begin() and instrumentation_end(): a nop each. */
#define INSTR_BEGIN	990: nop; PLACE(.discard.instr_begin, 990b)
#define INSTR_END	991: nop; PLACE(.discard.instr_end, 991b)

/* UNWIND_HINT_EMPTY: struct unwind_hint, 12 bytes, type CALL, end 1. */
#define UNWIND_HINT_EMPTY						\
	992:								\
	.pushsection .discard.unwind_hints, "", @progbits;		\
	.long 992b - .;	.short 0; .byte 0, 0, 1; .balign 4;		\
	.popsection

/*
 * A function with a balanced region, for the files whose regions do
 * not end: objtool 6.1 reads no begin marker when the object has no
 * .discard.instr_end at all.
 */
#define REGION_PAIR							\
	.pushsection .noinstr.text, "ax";				\
	FUNC_START(region_pair) INSTR_BEGIN; INSTR_END; RET;		\
	FUNC_END(region_pair); .popsection

/* A noinstr function of the kernel: in .noinstr.text. */
#define NOINSTR_START(f)	.pushsection .noinstr.text, "ax";	\
				FUNC_START(f)
#define NOINSTR_END(f)		FUNC_END(f); .popsection

#endif
