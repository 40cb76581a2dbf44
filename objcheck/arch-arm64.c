// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * arch-arm64.c - AArch64 for realmode-objcheck.
 *
 * Instructions are little-endian 4-byte words whatever the data byte
 * order.  B/BL (R_AARCH64_JUMP26/CALL26), B.cond, CBZ/CBNZ
 * (R_AARCH64_CONDBR19) and TBZ/TBNZ (R_AARCH64_TSTBR14) have targets;
 * BR/BLR and their pointer-authenticating forms are indirect.
 * Alternatives use the same struct alt_instr as x86 in Linux 6.1.
 */
#include "arch.h"

static int64_t sext(uint32_t v, unsigned int bits)
{
	return (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
}

static unsigned long arm64_decode(struct section *sec, unsigned long start,
				  unsigned long end, branch_fn fn, void *arg)
{
	unsigned long off;

	if (end > sec->size || !sec->data)
		return start;
	for (off = start; off + 4 <= end; off += 4) {
		uint32_t w = get_u32(sec->data + off, false);
		struct branch br = { .sec = sec, .insn = off, .len = 4,
				     .kind = BRANCH_JUMP };
		int64_t disp;

		if ((w & 0x7c000000) == 0x14000000) {		/* B, BL */
			br.kind = (w >> 31) ? BRANCH_CALL : BRANCH_JUMP;
			disp = sext(w & 0x03ffffff, 26) * 4;
		} else if ((w & 0xff000000) == 0x54000000 ||	/* B.cond */
			   (w & 0x7e000000) == 0x34000000) {	/* CBZ */
			disp = sext((w >> 5) & 0x7ffff, 19) * 4;
		} else if ((w & 0x7e000000) == 0x36000000) {	/* TBZ */
			disp = sext((w >> 5) & 0x3fff, 14) * 4;
		} else if ((w & 0xfe1f0000) == 0xd61f0000) {	/* BR, BLR */
			unsigned int opc = (w >> 21) & 7;

			if (opc > 1)				/* RET, ERET */
				continue;
			br.kind = opc ? BRANCH_ICALL : BRANCH_IJUMP;
			fn(&br, arg);
			continue;
		} else {
			continue;
		}
		br.reloc = find_reloc_at(sec, off);
		br.target = off + disp;
		fn(&br, arg);
	}
	return end;
}

/*
 * ASan's stack frame magic: movz #0x8ab3 and movk #0x41b5, lsl #16.
 * KASAN_SW_TAGS inline checks end in brk #0x900 + the access (Linux's
 * KASAN_BRK_IMM and KASAN_BRK_MASK).
 */
static void arm64_code_marks(struct section *sec, unsigned long start,
			     unsigned long end, struct marks *m)
{
	bool hi = false, lo = false;
	unsigned long off, first = 0;

	if (!sec->data || end > sec->size)
		return;
	for (off = start; off + 4 <= end; off += 4) {
		uint32_t w = get_u32(sec->data + off, false);
		unsigned int imm16 = (w >> 5) & 0xffff;

		if ((w & 0x7fe00000) == 0x52800000 && imm16 == 0x8ab3) {
			first = hi || lo ? first : off;
			lo = true;
		} else if ((w & 0x7fe00000) == 0x72a00000 && imm16 == 0x41b5) {
			first = hi || lo ? first : off;
			hi = true;
		} else if ((w & 0xffe0001f) == 0xd4200000 &&
			   (imm16 & 0xff00) == 0x900) {
			add_mark(m, MARK_TAG_CHECK, off);
		}
	}
	if (hi && lo)
		add_mark(m, MARK_REDZONE, first);
}

/* B, BR (and BRAA...), RET, ERET, DRPS do not fall through. */
static bool arm64_step(struct section *sec, unsigned long off,
		       struct step *st)
{
	uint32_t w;

	if (!sec->data || off + 4 > sec->size)
		return false;
	w = get_u32(sec->data + off, false);
	*st = (struct step){ .len = 4, .falls_through = true,
			     .target = NO_TARGET };
	if ((w & 0xfc000000) == 0x14000000) {			/* B */
		st->falls_through = false;
		st->target = local_target(sec, off,
					  sext(w & 0x03ffffff, 26) * 4);
	} else if ((w & 0xff000000) == 0x54000000 ||		/* B.cond */
		   (w & 0x7e000000) == 0x34000000) {		/* CBZ */
		st->target = local_target(sec, off,
					  sext((w >> 5) & 0x7ffff, 19) * 4);
	} else if ((w & 0x7e000000) == 0x36000000) {		/* TBZ */
		st->target = local_target(sec, off,
					  sext((w >> 5) & 0x3fff, 14) * 4);
	} else if ((w & 0xfe1f0000) == 0xd61f0000) {
		st->falls_through = ((w >> 21) & 7) == 1;	/* BLR */
	}
	return true;
}

static enum callee_class arm64_classify(const char *name)
{
	(void)name;
	return CALLEE_CALL;
}

static void arm64_alternatives(struct object *obj, alt_fn fn, void *arg)
{
	read_alt_instr(obj, R_AARCH64_PREL32, fn, arg);
}

const struct arch arch_arm64 = {
	.name		= "aarch64",
	.machine	= EM_AARCH64,
	.abs64		= R_AARCH64_ABS64,
	.decode		= arm64_decode,
	.classify	= arm64_classify,
	.alternatives	= arm64_alternatives,
	.step		= arm64_step,
	.code_marks	= arm64_code_marks,
};
