// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * metadata.c - records for realmode-objcheck (docs/metadata.md): which
 * functions are realmode (or found safe), which external callees this
 * file promised to be realmode, and which calls the plugin let through
 * without knowing their callee safe (regions, allow lists).
 *
 * Each record is an 8-byte word with an absolute relocation to what it
 * means, in a non-allocated .discard.realmode.* section: the kernel's
 * link drops those, and ld -r keeps them consistent.
 */
#include "realmode-plugin.h"
#include "varasm.h"
#include "output.h"

void realmode_record(const char *section, const char *sym)
{
	fprintf(asm_out_file, "\t.pushsection %s,\"\",@progbits\n"
		"\t.balign 8\n\t.quad ", section);
	assemble_name(asm_out_file, sym);
	fputs("\n\t.popsection\n", asm_out_file);
}

static hash_set<nofree_string_hash> *promised;

/* A callee declared realmode here and defined elsewhere: once a file. */
void realmode_record_promise_name(const char *sym)
{
	if (!promised)
		promised = new hash_set<nofree_string_hash>;
	if (!promised->add(sym))
		realmode_record(".discard.realmode.promises", sym);
}

/*
 * A label just before a sanctioned call instruction, and a record of
 * it.  An ASM_INPUT of directives only: no instruction, but final()
 * keeps it in place.  final.c runs before branch shortening, which sizes
 * every insn.
 */
void realmode_annotate_call(rtx_insn *insn)
{
	static unsigned int count;
	char text[256];
	location_t loc;
	rtx note;

	snprintf(text, sizeof(text),
		 ".Lrealmode_unchecked_%u:\n"
		 "\t.pushsection .discard.realmode.unchecked,\"\",@progbits\n"
		 "\t.balign 8\n\t.quad .Lrealmode_unchecked_%u\n"
		 "\t.popsection", count, count);
	count++;
	/*
	 * final() prints the asm's source line and reads its file name
	 * without a check: a call GCC generated (the memset of
	 * -ftrivial-auto-var-init) may have no location to give it.
	 */
	loc = INSN_LOCATION(insn);
	if (LOCATION_LOCUS(loc) == UNKNOWN_LOCATION)
		loc = DECL_SOURCE_LOCATION(current_function_decl);
	note = gen_rtx_ASM_INPUT_loc(VOIDmode, ggc_strdup(text), loc);
	MEM_VOLATILE_P(note) = 1;
	emit_insn_before(note, insn);
}
