/*
 * ELFv1 assembly the way Linux writes it (_GLOBAL, DOTSYM): the
 * descriptor "f" in .opd has no type and no size, ".f" in .text is the
 * typed function.  dot_marked is realmode and calls dot_plain, which is
 * not.
 */
#include "realmode.h"

#define KGLOBAL(name)							\
	.align 2;							\
	.globl name; .globl .name;					\
	.pushsection ".opd", "aw";					\
name:	.quad .name; .quad .TOC.@tocbase; .quad 0;			\
	.popsection;							\
	.type .name, @function;						\
.name:

	.text
KGLOBAL(dot_marked)
	bl	.dot_plain
	nop
	blr
	.size .dot_marked, . - .dot_marked
REALMODE_FUNC(dot_marked)

KGLOBAL(dot_plain)
	blr
	.size .dot_plain, . - .dot_plain
