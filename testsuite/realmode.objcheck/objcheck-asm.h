/*
 * objcheck-asm.h - the few instructions the assembly tests need, for
 * x86_64, 64-bit PowerPC (ELFv2, and ELFv1 with its .opd function
 * descriptors) and AArch64.
 */
#ifndef OBJCHECK_ASM_H
#define OBJCHECK_ASM_H

#include "realmode.h"

#if defined(__x86_64__)
# define CALL(f)	call f
# define TAIL(f)	jmp f
# define RET		ret
# define JUMP_IF_ZERO(l)	test %rdi, %rdi; jz l
#elif defined(__powerpc64__)
# define CALL(f)	bl f; nop
# define TAIL(f)	b f
# define RET		blr
# define JUMP_IF_ZERO(l)	cmpdi 3, 0; beq l
#elif defined(__aarch64__)
# define CALL(f)	bl f
# define TAIL(f)	b f
# define RET		ret
# define JUMP_IF_ZERO(l)	cbz x0, l
#else
# error "objcheck tests: add this target's instructions"
#endif

#if defined(__powerpc64__) && (!defined(_CALL_ELF) || _CALL_ELF == 1)
/*
 * ELFv1, as GCC writes it: the symbol f is the function descriptor in
 * .opd (code address, TOC, environment); the code starts at .L.f.
 * Calls and REALMODE_FUNC(f) name the descriptor.
 */
# define FUNC_START(f)	.globl f; .pushsection .opd, "aw"; .balign 8;	\
			f: .quad .L.f, .TOC.@tocbase, 0; .popsection;	\
			.type f, @function; .L.f:
# define FUNC_END(f)	.size f, .-.L.f
#else
# define FUNC_START(f)	.globl f; .type f, @function; f:
# define FUNC_END(f)	.size f, .-f
#endif

/*
 * An entry of .altinstructions: struct alt_instr of Linux 6.1, the same
 * 12 bytes on x86_64 and arm64 (offsets to the original code and its
 * replacement, the feature, both lengths).
 */
/* Linux 6.1's 12-byte entry, or with ALT_FT_FLAGS the 14-byte one of 6.3
 * on (a u32 feature and flags word). */
#ifdef ALT_FT_FLAGS
# define ALT_FEATURE(feature)	.4byte feature
#else
# define ALT_FEATURE(feature)	.2byte feature
#endif
#define ALT_ENTRY(orig, orig_end, repl, repl_end, feature)		\
	.pushsection .altinstructions, "a";				\
	.4byte orig - .; .4byte repl - .; ALT_FEATURE(feature);	\
	.byte orig_end - orig; .byte repl_end - repl;			\
	.popsection

#endif
