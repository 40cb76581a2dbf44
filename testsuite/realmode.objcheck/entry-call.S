/*
 * A realmode function calling an instrumentation entry point: always a
 * violation, whatever defines it and whatever is allowed.  Built with
 * -DCALLEE=NAME, the same code calls another function instead.
 */
#include "objcheck-asm.h"

#ifndef CALLEE
# define CALLEE __asan_load8_noabort
#endif

	.text
FUNC_START(entry_caller)
	CALL(CALLEE)
	RET
FUNC_END(entry_caller)
REALMODE_FUNC(entry_caller)

/* The callee, defined realmode (as a runtime built with the plugin). */
FUNC_START(CALLEE)
	RET
FUNC_END(CALLEE)
REALMODE_FUNC(CALLEE)
