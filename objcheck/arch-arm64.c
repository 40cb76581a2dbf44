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

enum a64_kind { A64_NONE, A64_B, A64_BL, A64_BCOND, A64_BR, A64_BLR, A64_RET };

/*
 * What the word W is as a branch, for arm64_decode() and arm64_step():
 * B, BL, a conditional one (B.cond, CBZ/CBNZ, TBZ/TBNZ) with *DISP; BR,
 * BLR (and their pointer-authenticating forms); RET, ERET, DRPS.
 */
static enum a64_kind a64_branch(uint32_t w, int64_t *disp)
{
	unsigned int opc;

	if ((w & 0x7c000000) == 0x14000000) {
		*disp = sext(w & 0x03ffffff, 26) * 4;
		return (w >> 31) ? A64_BL : A64_B;
	}
	if ((w & 0xff000000) == 0x54000000 || (w & 0x7e000000) == 0x34000000) {
		*disp = sext((w >> 5) & 0x7ffff, 19) * 4;
		return A64_BCOND;
	}
	if ((w & 0x7e000000) == 0x36000000) {
		*disp = sext((w >> 5) & 0x3fff, 14) * 4;
		return A64_BCOND;
	}
	if ((w & 0xfe1f0000) != 0xd61f0000)
		return A64_NONE;
	opc = (w >> 21) & 7;
	return opc == 0 ? A64_BR : opc == 1 ? A64_BLR : A64_RET;
}

static unsigned long arm64_decode(struct section *sec, unsigned long start,
				  unsigned long end, branch_fn fn, void *arg)
{
	unsigned long off;

	if (end > sec->size || !sec->data)
		return start;
	for (off = start; off + 4 <= end; off += 4) {
		struct branch br = { .sec = sec, .insn = off, .len = 4 };
		int64_t disp = 0;

		switch (a64_branch(get_u32(sec->data + off, false), &disp)) {
		case A64_NONE:
		case A64_RET:
			continue;
		case A64_BR:
			br.kind = BRANCH_IJUMP;
			break;
		case A64_BLR:
			br.kind = BRANCH_ICALL;
			break;
		case A64_BL:
			br.kind = BRANCH_CALL;
			br.reloc = find_reloc_at(sec, off);
			br.target = off + disp;
			break;
		case A64_B:
		case A64_BCOND:
			br.kind = BRANCH_JUMP;
			br.reloc = find_reloc_at(sec, off);
			br.target = off + disp;
			break;
		}
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
	enum a64_kind kind;
	int64_t disp = 0;

	if (!sec->data || off + 4 > sec->size)
		return false;
	kind = a64_branch(get_u32(sec->data + off, false), &disp);
	*st = (struct step){ .len = 4, .target = NO_TARGET,
			     .falls_through = kind != A64_B &&
					      kind != A64_BR &&
					      kind != A64_RET };
	if (kind == A64_B || kind == A64_BCOND)
		st->target = local_target(sec, off, disp);
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
