// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * arch-powerpc.c - 64-bit PowerPC, both byte orders, for
 * realmode-objcheck.
 *
 * Instructions are 4-byte words in the object's byte order (8 bytes for
 * ISA 3.1 prefixed ones).  b/bl (R_PPC64_REL24) and bc/bcl
 * (R_PPC64_REL14*) have targets; bcctr[l] and bctar[l] are indirect.
 *
 * ELFv1 (big endian): a function symbol lives in .opd, the function
 * descriptor; its first doubleword is the code address.  code_address()
 * follows it, for symbols and for calls through ".opd+N".
 *
 * Feature fixups (Linux 6.1 arch/powerpc/include/asm/feature-fixups.h):
 * __ftr_fixup, __mmu_ftr_fixup and __fw_ftr_fixup hold struct fixup_entry
 * { mask, value, start_off, end_off, alt_start_off, alt_end_off }, six
 * 8-byte words; each offset is from the entry to a label, so in an
 * object it is an R_PPC64_REL64 against the label with the field's place
 * in the entry added.  The code between alt_start and alt_end (in a
 * __ftr_alt_* section) is patched over start..end at boot.
 * __lwsync_fixup entries are a single offset to an lwsync that becomes a
 * sync: no code comes in, so nothing to map.
 */
#include "arch.h"

#define FIXUP_ENTRY_SIZE	48

enum ppc_kind {
	PPC_NONE, PPC_PREFIX, PPC_B, PPC_BC, PPC_BCLR, PPC_BCCTR, PPC_RFI,
};

struct ppc_branch {
	enum ppc_kind kind;
	bool link;			/* LK: a call */
	bool absolute;			/* AA: a target that is no place */
	bool always;			/* BO ignores condition and CTR */
	int64_t disp;			/* of b and bc */
};

/*
 * What the word W is as a branch, for ppc_decode() and ppc_step(): an
 * ISA 3.1 prefix, b, bc, bclr, bcctr/bctar, or one of the returns from
 * an interrupt (rfid, hrfid, urfid, rfscv, rfi).
 */
static void ppc_branch(uint32_t w, struct ppc_branch *b)
{
	unsigned int op = w >> 26, xo = (w >> 1) & 0x3ff;

	*b = (struct ppc_branch){ .link = w & 1, .absolute = w & 2,
				  .always = ((w >> 21) & 0x14) == 0x14 };
	if (op == 1) {
		b->kind = PPC_PREFIX;
	} else if (op == 18) {
		b->kind = PPC_B;
		b->disp = (int32_t)((w & 0x03fffffc) << 6) >> 6;
	} else if (op == 16) {
		b->kind = PPC_BC;
		b->disp = (int16_t)(w & 0xfffc);
	} else if (op == 19 && xo == 16) {
		b->kind = PPC_BCLR;
	} else if (op == 19 && (xo == 528 || xo == 560)) {
		b->kind = PPC_BCCTR;
	} else if (op == 19 && (xo == 18 || xo == 274 || xo == 306 ||
				xo == 82 || xo == 50)) {
		b->kind = PPC_RFI;
	}
}

static unsigned long ppc_decode(struct section *sec, unsigned long start,
				unsigned long end, branch_fn fn, void *arg)
{
	bool be = sec->obj->big_endian;
	unsigned long off;

	if (end > sec->size || !sec->data)
		return start;
	for (off = start; off + 4 <= end; off += 4) {
		struct branch br = { .sec = sec, .insn = off, .len = 4 };
		struct ppc_branch b;

		ppc_branch(get_u32(sec->data + off, be), &b);
		if (b.kind == PPC_PREFIX) {	/* skip its suffix */
			off += 4;
		} else if ((b.kind == PPC_B || b.kind == PPC_BC) &&
			   !b.absolute) {
			br.kind = b.link ? BRANCH_CALL : BRANCH_JUMP;
			br.reloc = find_reloc_at(sec, off);
			br.target = off + b.disp;
			fn(&br, arg);
		} else if (b.kind == PPC_BCCTR) {
			br.kind = b.link ? BRANCH_ICALL : BRANCH_IJUMP;
			fn(&br, arg);
		}
	}
	return end;
}

/* A call comes back; the rest of the branches may not. */
static bool ppc_step(struct section *sec, unsigned long off, struct step *st)
{
	struct ppc_branch b;

	if (!sec->data || off + 4 > sec->size)
		return false;
	ppc_branch(get_u32(sec->data + off, sec->obj->big_endian), &b);
	*st = (struct step){ .len = 4, .falls_through = true,
			     .target = NO_TARGET };
	if (b.kind == PPC_PREFIX) {
		st->len = 8;
		return off + 8 <= sec->size;
	}
	if (b.kind == PPC_NONE || b.link)
		return true;
	if ((b.kind == PPC_B || b.kind == PPC_BC) && !b.absolute)
		st->target = local_target(sec, off, b.disp);
	st->falls_through = (b.kind == PPC_BC || b.kind == PPC_BCLR ||
			     b.kind == PPC_BCCTR) && !b.always;
	return true;
}

/*
 * ASan's stack frame magic 0x41b58ab3 is built with lis rX,0x41b5 and
 * ori rX,rX,0x8ab3, which the scheduler may move apart.
 */
static void ppc_code_marks(struct section *sec, unsigned long start,
			   unsigned long end, struct marks *m)
{
	bool be = sec->obj->big_endian, hi = false, lo = false;
	unsigned long off, first = 0;

	if (!sec->data || end > sec->size)
		return;
	for (off = start; off + 4 <= end; off += 4) {
		uint32_t w = get_u32(sec->data + off, be);

		if ((w & 0xfc1f0000) == 0x3c000000 && (w & 0xffff) == 0x41b5) {
			first = hi || lo ? first : off;
			hi = true;
		} else if (w >> 26 == 24 && (w & 0xffff) == 0x8ab3) {
			first = hi || lo ? first : off;
			lo = true;
		}
	}
	if (hi && lo)
		add_mark(m, MARK_REDZONE, first);
}

/* The out-of-line register save/restore routines (crtsavres). */
static enum callee_class ppc_classify(const char *name)
{
	static const char *const safe[] = {
		"_savegpr0_", "_restgpr0_", "_savegpr1_", "_restgpr1_",
		"_savefpr_", "_restfpr_", "_savevr_", "_restvr_",
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(safe); i++)
		if (strstarts(name, safe[i]))
			return CALLEE_SAFE;
	return CALLEE_CALL;
}

/* The label an offset field at FIELD of the entry at ENTRY points to. */
static bool fixup_target(struct section *sec, unsigned long entry,
			 unsigned long field, struct section **tsec,
			 unsigned long *toff)
{
	struct reloc *r = find_reloc_at(sec, entry + field);

	if (!r || r->type != R_PPC64_REL64 || !r->sym->sec)
		return false;
	*tsec = r->sym->sec;
	*toff = r->sym->offset + r->addend - field;
	return true;
}

static void ppc_alternatives(struct object *obj, alt_fn fn, void *arg)
{
	static const char *const tables[] = {
		"__ftr_fixup", "__mmu_ftr_fixup", "__fw_ftr_fixup",
	};

	for (unsigned int i = 0; i < ARRAY_SIZE(tables); i++) {
		struct section *sec = find_section_by_name(obj, tables[i]);
		unsigned long e;

		if (!sec)
			continue;
		for (e = 0; e + FIXUP_ENTRY_SIZE <= sec->size;
		     e += FIXUP_ENTRY_SIZE) {
			struct section *end_sec;
			unsigned long end_off;
			struct alt alt = { 0 };

			if (!fixup_target(sec, e, 16, &alt.orig_sec,
					  &alt.orig_off) ||
			    !fixup_target(sec, e, 32, &alt.alt_sec,
					  &alt.alt_off) ||
			    !fixup_target(sec, e, 40, &end_sec, &end_off))
				continue;
			if (end_sec != alt.alt_sec || end_off <= alt.alt_off ||
			    end_off > alt.alt_sec->size)
				continue;
			alt.alt_len = end_off - alt.alt_off;
			fn(obj, &alt, arg);
		}
	}
}

static bool ppc_code_address(struct section **sec, unsigned long *off)
{
	struct reloc *r = find_reloc_at(*sec, *off);

	if (!r || r->type != R_PPC64_ADDR64 || !r->sym->sec)
		return false;
	*sec = r->sym->sec;
	*off = r->sym->offset + r->addend;
	return true;
}

const struct arch arch_powerpc = {
	.name		= "powerpc64",
	.machine	= EM_PPC64,
	.abs64		= R_PPC64_ADDR64,
	.decode		= ppc_decode,
	.classify	= ppc_classify,
	.alternatives	= ppc_alternatives,
	.step		= ppc_step,
	.code_marks	= ppc_code_marks,
	.code_address	= ppc_code_address,
};
