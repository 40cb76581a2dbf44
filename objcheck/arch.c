// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * arch.c - the machines realmode-objcheck knows, and what two of them
 * share: the alternatives table.
 */
#include "arch.h"

static const struct arch *const arches[] = {
	&arch_x86,
	&arch_powerpc,
	&arch_arm64,
};

const struct arch *arch_for(unsigned int machine)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(arches); i++)
		if (arches[i]->machine == machine)
			return arches[i];
	return NULL;
}

bool pcrel_target(struct section *sec, unsigned long off,
			 unsigned int type, struct section **tsec,
			 unsigned long *toff)
{
	struct reloc *r = find_reloc_at(sec, off);

	if (!r || r->type != type || !r->sym->sec)
		return false;
	*tsec = r->sym->sec;
	*toff = r->sym->offset + r->addend;
	return true;
}

unsigned long local_target(struct section *sec, unsigned long off,
			   int64_t disp)
{
	struct reloc *r = find_reloc_at(sec, off);

	if (r)
		return r->sym->sec == sec ? r->sym->offset + r->addend :
					    NO_TARGET;
	return off + disp;
}

unsigned long code_end(struct section *sec, unsigned long start,
		       unsigned long end)
{
	const struct arch *a = sec->obj->arch;
	unsigned long off = start, reach = start;
	struct step st;

	if (!a->step)
		return end;
	while (off < end) {
		/* What cannot be decoded keeps the guess. */
		if (!a->step(sec, off, &st) || st.len > end - off)
			return end;
		if (st.target != NO_TARGET && st.target > reach &&
		    st.target < end)
			reach = st.target;
		off += st.len;
		if (!st.falls_through && off > reach)
			return off;
	}
	return end;
}

/* Whether every relocation of SEC falls on a field of SIZE-byte entries. */
static bool alt_layout_fits(struct section *sec, unsigned long size)
{
	struct reloc *relocs = sec_relocs(sec);

	if (sec->size % size)
		return false;
	for (unsigned int i = 0; i < sec->nr_relocs; i++) {
		unsigned long field = relocs[i].offset % size;

		if (field != 0 && field != 4)
			return false;
	}
	return true;
}

/*
 * 12 or 14 bytes an entry.  sh_entsize says so where the assembler set
 * it; else the layout the section's size and relocation offsets fit
 * (one 14-byte entry is no 12-byte one: 14 is no multiple of 12).  Where
 * both fit, or neither, the relocations of the two offsets of entry 1
 * decide, and without them 6.1's 12.
 */
static unsigned long alt_entry_size(struct section *sec)
{
	bool fits12, fits14;

	if (sec->entsize == 12 || sec->entsize == 14)
		return sec->entsize;
	fits12 = alt_layout_fits(sec, 12);
	fits14 = alt_layout_fits(sec, 14);
	if (fits12 != fits14)
		return fits14 ? 14 : 12;
	return find_reloc_at(sec, 14) && find_reloc_at(sec, 18) ? 14 : 12;
}

/*
 * .altinstructions of x86 and arm64 in Linux 6.1: struct alt_instr is
 * s32 offset to the original code, s32 offset to the replacement, u16
 * feature, u8 original length, u8 replacement length (12 bytes, packed).
 * x86 from Linux 6.3 on has a u32 ft_flags instead of the u16 (14 bytes).
 * Both offsets are PC-relative relocations of type PCREL.
 */
void read_alt_instr(struct object *obj, unsigned int pcrel, alt_fn fn,
		    void *arg)
{
	struct section *sec = find_section_by_name(obj, ".altinstructions");
	unsigned long size, off;

	if (!sec || !sec->data)
		return;
	size = alt_entry_size(sec);
	for (off = 0; off + size <= sec->size; off += size) {
		struct alt alt = { 0 };
		unsigned long len = sec->data[off + size - 1];

		if (!pcrel_target(sec, off, pcrel, &alt.orig_sec,
				  &alt.orig_off) ||
		    !pcrel_target(sec, off + 4, pcrel, &alt.alt_sec,
				  &alt.alt_off))
			continue;
		if (alt.alt_off > alt.alt_sec->size ||
		    len > alt.alt_sec->size - alt.alt_off)
			continue;
		alt.alt_len = len;
		alt.entry_size = size;
		alt.orig_len = sec->data[off + size - 2];
		alt.feature = size == 14 ? get_u32(sec->data + off + 8,
						   obj->big_endian) & 0xffff :
				get_u16(sec->data + off + 8, obj->big_endian);
		fn(obj, &alt, arg);
	}
}
