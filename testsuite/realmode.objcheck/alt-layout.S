/*
 * ENTRIES entries of .altinstructions in the LAYOUT-byte form: 12 for
 * struct alt_instr of Linux 6.1 (u16 feature), 14 for that of Linux 6.3
 * and later on x86 (u32 ft_flags).  Only the last replacement calls
 * anything: the checker must find it whatever the count.  x86_64 and
 * arm64, which share the table's reader.
 */
#include "objcheck-asm.h"

#if LAYOUT == 14
# define ENTRY(orig, orig_end, repl, repl_end)				\
	.pushsection .altinstructions, "a";				\
	.4byte orig - .; .4byte repl - .; .4byte 0x123;			\
	.byte orig_end - orig; .byte repl_end - repl;			\
	.popsection
#else
# define ENTRY(orig, orig_end, repl, repl_end)				\
	ALT_ENTRY(orig, orig_end, repl, repl_end, 0x123)
#endif

#if defined(__x86_64__)
# define SITE	.skip 5, 0x90
#else
# define SITE	nop
#endif

	.text
FUNC_START(alt_layout)
	.rept ENTRIES - 1
661:	SITE
662:
	ENTRY(661b, 662b, 6641f, 6651f)
	.pushsection .altinstr_replacement, "ax"
6641:	nop
6651:
	.popsection
	.endr
661:	SITE
662:
	ENTRY(661b, 662b, 6641f, 6651f)
	.pushsection .altinstr_replacement, "ax"
6641:	TAIL(copypage_power7)
6651:
	.popsection
	RET
FUNC_END(alt_layout)
REALMODE_FUNC(alt_layout)
