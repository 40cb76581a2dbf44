/*
 * GCC may place a region's code after its instrumentation_end(), and
 * jump back (common_interrupt() in Linux 6.1: the irq-stack path).  The
 * call is inside the region on the only path that reaches it, though
 * after the end marker in address order.  -DNO_BEGIN drops the begin
 * marker: then the call is outside every region.
 */
#include "noinstr-asm.h"

NOINSTR_START(after_end)
#ifndef NO_BEGIN
	INSTR_BEGIN
#endif
	test	%edi, %edi
	jne	2f
1:	INSTR_END
	ret
2:	call	other
	jmp	1b
NOINSTR_END(after_end)
