/*
 * Code patched in at boot belongs to the function it replaces: like
 * copy_page() on POWER7, which reaches copypage_power7() only through
 * a CPU-feature section.  x86_64 and arm64: .altinstructions (struct
 * alt_instr of Linux 6.1, the same 12 bytes on both); PowerPC:
 * __ftr_fixup (struct fixup_entry).
 */
#include "objcheck-asm.h"

	.text
FUNC_START(alt_copy_page)
#if defined(__x86_64__)
661:	.skip 5, 0x90
662:
	ALT_ENTRY(661b, 662b, 6641f, 6651f, 0x123)
	.pushsection .altinstr_replacement, "ax"
6641:	jmp copypage_power7
6651:
	.popsection
#elif defined(__aarch64__)
	/* arm64's ALTERNATIVE(): one instruction, replaced by a b.  */
661:	nop
662:
	ALT_ENTRY(661b, 662b, 6641f, 6651f, 0x12)
	.pushsection .altinstr_replacement, "ax"
6641:	b copypage_power7
6651:
	.popsection
#else
971:	nop
972:
	.pushsection __ftr_alt_97, "a"
	.align 2
973:	b copypage_power7
974:
	.popsection
	.pushsection __ftr_fixup, "a"
	.align 3
975:	.llong 0x1
	.llong 0
	.llong 971b - 975b
	.llong 972b - 975b
	.llong 973b - 975b
	.llong 974b - 975b
	.popsection
#endif
	RET
FUNC_END(alt_copy_page)
REALMODE_FUNC(alt_copy_page)
