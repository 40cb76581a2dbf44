/*
 * An arm64 KASAN_SW_TAGS inline check as Clang writes it: compare the
 * pointer's tag with the shadow's, and brk #0x922 (KASAN_BRK_IMM + a
 * 4-byte load) when they differ.  Nothing is called.
 */
#include "objcheck-asm.h"

	.text
FUNC_START(tagged_load)
	ubfx	x9, x0, #4, #52
	ldrb	w9, [x9]
	cmp	x9, x0, lsr #56
	b.ne	1f
	ldr	w0, [x0]
	RET
1:	brk	#0x922
FUNC_END(tagged_load)
REALMODE_FUNC(tagged_load)

FUNC_START(untagged_load)
	ldr	w0, [x0]
	RET
FUNC_END(untagged_load)
REALMODE_FUNC(untagged_load)
