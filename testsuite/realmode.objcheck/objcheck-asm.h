/*
 * objcheck-asm.h - the few instructions the assembly tests need, for
 * x86_64 and 64-bit PowerPC.
 */
#ifndef OBJCHECK_ASM_H
#define OBJCHECK_ASM_H

#include "realmode.h"

#if defined(__x86_64__)
# define CALL(f)	call f
# define TAIL(f)	jmp f
# define RET		ret
#elif defined(__powerpc64__)
# define CALL(f)	bl f; nop
# define TAIL(f)	b f
# define RET		blr
#else
# error "objcheck tests: add this target's instructions"
#endif

#define FUNC_START(f)	.globl f; .type f, @function; f:
#define FUNC_END(f)	.size f, .-f

#endif
