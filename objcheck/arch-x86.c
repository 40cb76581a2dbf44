// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * arch-x86.c - x86_64 for realmode-objcheck.
 *
 * Calls are found by decoding every instruction of a function, since a
 * call or a tail call to a static function in the same section has no
 * relocation (the assembler resolved it).  The decoder only needs each
 * instruction's length and whether it branches: prefixes, REX, VEX, EVEX
 * and XOP, the opcode maps, ModRM/SIB/displacement and the immediate.
 * Should it meet bytes it cannot decode, the check falls back to the
 * relocations in the rest of the function (call_reloc below).
 *
 * Alternatives: .altinstructions, struct alt_instr (see arch.c).
 */
#include "arch.h"

/* Operand attributes of an opcode. */
enum {
	M	= 1 << 0,	/* ModRM */
	I8	= 1 << 1,
	I16	= 1 << 2,
	IZ	= 1 << 3,	/* 2 or 4 bytes, by operand size */
	IV	= 1 << 4,	/* 2, 4 or 8 bytes (mov reg, imm) */
	MO	= 1 << 5,	/* moffs: 8 bytes, 4 with 0x67 */
	R32	= 1 << 6,	/* rel32 */
	G3	= 1 << 7,	/* f6/f7: immediate only for /0 and /1 */
	CR	= 1 << 8,	/* mov to/from cr/dr: mod is ignored */
	BAD	= 1 << 9,	/* invalid in 64-bit mode */
};

static const unsigned short map0[256] = {
	[0x00 ... 0x03] = M, [0x04] = I8, [0x05] = IZ, [0x06 ... 0x07] = BAD,
	[0x08 ... 0x0b] = M, [0x0c] = I8, [0x0d] = IZ, [0x0e] = BAD,
	[0x10 ... 0x13] = M, [0x14] = I8, [0x15] = IZ, [0x16 ... 0x17] = BAD,
	[0x18 ... 0x1b] = M, [0x1c] = I8, [0x1d] = IZ, [0x1e ... 0x1f] = BAD,
	[0x20 ... 0x23] = M, [0x24] = I8, [0x25] = IZ, [0x27] = BAD,
	[0x28 ... 0x2b] = M, [0x2c] = I8, [0x2d] = IZ, [0x2f] = BAD,
	[0x30 ... 0x33] = M, [0x34] = I8, [0x35] = IZ, [0x37] = BAD,
	[0x38 ... 0x3b] = M, [0x3c] = I8, [0x3d] = IZ, [0x3f] = BAD,
	[0x60 ... 0x61] = BAD, [0x63] = M, [0x68] = IZ, [0x69] = M | IZ,
	[0x6a] = I8, [0x6b] = M | I8,
	[0x70 ... 0x7f] = I8,
	[0x80] = M | I8, [0x81] = M | IZ, [0x82] = BAD, [0x83] = M | I8,
	[0x84 ... 0x8f] = M,
	[0x9a] = BAD,
	[0xa0 ... 0xa3] = MO, [0xa8] = I8, [0xa9] = IZ,
	[0xb0 ... 0xb7] = I8, [0xb8 ... 0xbf] = IV,
	[0xc0 ... 0xc1] = M | I8, [0xc2] = I16, [0xc6] = M | I8,
	[0xc7] = M | IZ, [0xc8] = I16 | I8, [0xca] = I16, [0xcd] = I8,
	[0xce] = BAD,
	[0xd0 ... 0xd3] = M, [0xd4 ... 0xd6] = BAD, [0xd8 ... 0xdf] = M,
	[0xe0 ... 0xe7] = I8, [0xe8 ... 0xe9] = R32, [0xea] = BAD, [0xeb] = I8,
	[0xf6] = M | G3, [0xf7] = M | G3, [0xfe ... 0xff] = M,
};

static const unsigned short map1[256] = {
	[0x00 ... 0x03] = M, [0x04] = BAD, [0x0a] = BAD, [0x0c] = BAD,
	[0x0d] = M, [0x0f] = M | I8,
	[0x10 ... 0x1f] = M,
	[0x20 ... 0x23] = M | CR, [0x24 ... 0x27] = BAD, [0x28 ... 0x2f] = M,
	[0x39] = BAD, [0x3b ... 0x3f] = BAD,
	[0x40 ... 0x6f] = M, [0x70 ... 0x73] = M | I8, [0x74 ... 0x76] = M,
	[0x78 ... 0x79] = M, [0x7a ... 0x7b] = BAD, [0x7c ... 0x7f] = M,
	[0x80 ... 0x8f] = R32, [0x90 ... 0x9f] = M,
	[0xa3] = M, [0xa4] = M | I8, [0xa5] = M, [0xa6 ... 0xa7] = BAD,
	[0xab] = M, [0xac] = M | I8, [0xad ... 0xaf] = M,
	[0xb0 ... 0xb9] = M, [0xba] = M | I8, [0xbb ... 0xbf] = M,
	[0xc0 ... 0xc1] = M, [0xc2] = M | I8, [0xc3] = M,
	[0xc4 ... 0xc6] = M | I8, [0xc7] = M,
	[0xd0 ... 0xff] = M,
};

struct insn {
	unsigned int len;
	unsigned int map;		/* 0: 1 byte, 1: 0f, 2: 0f38, 3: 0f3a */
	unsigned char op;
	unsigned char modrm;
	bool has_modrm;
	int disp_off, disp_len;		/* from the start; 0: none */
	int imm_off, imm_len;
};

/* Immediate bytes of a VEX/EVEX/XOP instruction of MAP. */
static int vex_imm(unsigned int map, unsigned char op)
{
	if (map == 3 || map == 8)
		return 1;
	if (map == 10)
		return 4;
	if (map == 1 && ((op >= 0x70 && op <= 0x73) || op == 0xc2 ||
			 (op >= 0xc4 && op <= 0xc6)))
		return 1;
	return 0;
}

static bool decode_modrm(const unsigned char *p, unsigned int n,
			 unsigned int *pos, struct insn *in, bool cr)
{
	unsigned int mod, rm;

	if (*pos >= n)
		return false;
	in->has_modrm = true;
	in->modrm = p[(*pos)++];
	mod = in->modrm >> 6;
	rm = in->modrm & 7;
	if (mod == 3 || cr)
		return true;
	if (rm == 4) {
		if (*pos >= n)
			return false;
		if (mod == 0 && (p[*pos] & 7) == 5)
			in->disp_len = 4;
		(*pos)++;
	} else if (mod == 0 && rm == 5) {
		in->disp_len = 4;	/* RIP-relative */
	}
	if (mod == 1)
		in->disp_len = 1;
	else if (mod == 2)
		in->disp_len = 4;
	in->disp_off = *pos;
	*pos += in->disp_len;
	return *pos <= n;
}

/* Decode the instruction at P (N bytes available).  False if it cannot. */
static bool decode_insn(const unsigned char *p, unsigned int n, struct insn *in)
{
	bool opsize = false, addr32 = false, rexw = false;
	unsigned int pos = 0, attr = 0;
	int imm = 0;

	memset(in, 0, sizeof(*in));
	if (n > 15)
		n = 15;
	/* Legacy prefixes, then REX. */
	for (; pos < n; pos++) {
		unsigned char b = p[pos];

		if (b == 0x66)
			opsize = true;
		else if (b == 0x67)
			addr32 = true;
		else if (!(b == 0xf0 || b == 0xf2 || b == 0xf3 || b == 0x26 ||
			   b == 0x2e || b == 0x36 || b == 0x3e || b == 0x64 ||
			   b == 0x65))
			break;
	}
	if (pos < n && (p[pos] & 0xf0) == 0x40)
		rexw = p[pos++] & 8;
	if (pos >= n)
		return false;

	in->op = p[pos++];
	if (in->op == 0xc5 || in->op == 0xc4 || in->op == 0x62 ||
	    (in->op == 0x8f && pos < n && (p[pos] & 0x1f) >= 8)) {
		unsigned int map = 1;

		/* VEX2: c5 xx; VEX3/XOP: c4/8f xx xx; EVEX: 62 xx xx xx. */
		if (in->op == 0xc5) {
			pos += 1;
		} else if (in->op == 0x62) {
			if (pos >= n)
				return false;
			map = p[pos] & 7;
			pos += 3;
		} else {
			if (pos >= n)
				return false;
			map = p[pos] & 0x1f;
			pos += 2;
		}
		if (pos >= n)
			return false;
		in->map = map;
		in->op = p[pos++];
		if (!(map == 1 && in->op == 0x77) &&
		    !decode_modrm(p, n, &pos, in, false))
			return false;
		imm = vex_imm(map, in->op);
		goto immediate;
	}
	if (in->op == 0x0f) {
		if (pos >= n)
			return false;
		in->op = p[pos++];
		if (in->op == 0x38 || in->op == 0x3a) {
			in->map = in->op == 0x38 ? 2 : 3;
			if (pos >= n)
				return false;
			in->op = p[pos++];
			attr = M | (in->map == 3 ? I8 : 0);
		} else {
			in->map = 1;
			attr = map1[in->op];
		}
	} else {
		attr = map0[in->op];
	}
	if (attr & BAD)
		return false;
	if ((attr & M) && !decode_modrm(p, n, &pos, in, attr & CR))
		return false;

	if (attr & I8)
		imm += 1;
	if (attr & I16)
		imm += 2;
	if (attr & IZ)
		imm += opsize && !rexw ? 2 : 4;
	if (attr & IV)
		imm += rexw ? 8 : opsize ? 2 : 4;
	if (attr & MO)
		imm += addr32 ? 4 : 8;
	if (attr & R32)
		imm += 4;
	if ((attr & G3) && ((in->modrm >> 3) & 7) < 2)
		imm += in->op == 0xf6 ? 1 : (opsize && !rexw ? 2 : 4);
immediate:
	in->imm_off = pos;
	in->imm_len = imm;
	pos += imm;
	if (pos > n)
		return false;
	in->len = pos;
	return true;
}

static bool got_reloc(const struct reloc *r)
{
	return r && (r->type == R_X86_64_GOTPCREL ||
		     r->type == R_X86_64_GOTPCRELX ||
		     r->type == R_X86_64_REX_GOTPCRELX);
}

/* Fill BR for the instruction IN at OFF; false if it does not branch. */
static bool insn_branch(struct section *sec, unsigned long off,
			const struct insn *in, struct branch *br)
{
	unsigned long end = off + in->len;
	unsigned int reg = (in->modrm >> 3) & 7;
	int64_t disp;

	memset(br, 0, sizeof(*br));
	br->sec = sec;
	br->insn = off;
	br->len = in->len;

	if (in->map == 0 && in->op == 0xff && in->has_modrm &&
	    reg >= 2 && reg <= 5) {
		br->kind = reg <= 3 ? BRANCH_ICALL : BRANCH_IJUMP;
		/* call *foo@GOTPCREL(%rip): a direct call through the GOT. */
		if ((in->modrm & 0xc7) == 0x05) {
			struct reloc *r;

			r = find_reloc_at(sec, off + in->disp_off);

			if (got_reloc(r)) {
				br->kind = reg <= 3 ? BRANCH_CALL : BRANCH_JUMP;
				br->reloc = r;
				br->bias = -r->addend;
			}
		}
		return true;
	}

	if (in->map == 0 && (in->op == 0xe8 || in->op == 0xe9)) {
		br->kind = in->op == 0xe8 ? BRANCH_CALL : BRANCH_JUMP;
	} else if ((in->map == 0 && (in->op == 0xeb ||
				     (in->op >= 0x70 && in->op <= 0x7f) ||
				     (in->op >= 0xe0 && in->op <= 0xe3))) ||
		   (in->map == 1 && in->op >= 0x80 && in->op <= 0x8f)) {
		br->kind = BRANCH_JUMP;
	} else {
		return false;
	}

	br->reloc = find_reloc_at(sec, off + in->imm_off);
	if (br->reloc) {
		br->bias = end - (off + in->imm_off);
		return true;
	}
	if (in->imm_len == 1)
		disp = (int8_t)sec->data[off + in->imm_off];
	else
		disp = (int32_t)get_u32(sec->data + off + in->imm_off, false);
	br->target = end + disp;
	return true;
}

static unsigned long x86_decode(struct section *sec, unsigned long start,
				unsigned long end, branch_fn fn, void *arg)
{
	unsigned long off = start;

	if (end > sec->size || !sec->data)
		end = start;
	while (off < end) {
		struct branch br;
		struct insn in;

		if (!decode_insn(sec->data + off, end - off, &in))
			return off;
		if (insn_branch(sec, off, &in, &br))
			fn(&br, arg);
		off += in.len;
	}
	return off;
}

/*
 * The flow walk's view, as objtool's decoder has it: iret is a context
 * switch except inside a function (sync_core() irets to itself), ud1
 * counts as ud2, ljmp and lret switch context.
 */
static enum flow_kind x86_flow_kind(struct section *sec, unsigned long off,
				    const struct insn *in)
{
	struct symbol *f;

	if (in->map == 0) {
		switch (in->op) {
		case 0xc2: case 0xc3:
			return FLOW_RET;
		case 0xca: case 0xcb:
			return FLOW_SWITCH;
		case 0xcf:
			f = find_func_covering(sec, off);
			return f && f->type == STT_FUNC ? FLOW_NEXT
							 : FLOW_SWITCH;
		case 0xff:
			if (((in->modrm >> 3) & 7) == 5)
				return FLOW_SWITCH;
			break;
		}
	} else if (in->map == 1) {
		switch (in->op) {
		case 0x05: case 0x07: case 0x34: case 0x35:
			return FLOW_SWITCH;
		case 0x0b: case 0xb9:
			return FLOW_BUG;
		}
	}
	return FLOW_NEXT;
}

static bool x86_flow_decode(struct section *sec, unsigned long off,
			    struct flow_insn *fi)
{
	struct insn in;

	memset(fi, 0, sizeof(*fi));
	if (!sec->data || off >= sec->size ||
	    !decode_insn(sec->data + off, sec->size - off, &in))
		return false;
	fi->len = in.len;
	fi->kind = x86_flow_kind(sec, off, &in);
	if (fi->kind != FLOW_NEXT || !insn_branch(sec, off, &in, &fi->br))
		return true;
	if (fi->br.kind == BRANCH_CALL || fi->br.kind == BRANCH_ICALL)
		fi->kind = FLOW_CALL;
	else if (fi->br.kind == BRANCH_IJUMP ||
		 (in.map == 0 && (in.op == 0xe9 || in.op == 0xeb ||
				  in.op == 0xff)))
		fi->kind = FLOW_JUMP;
	else
		fi->kind = FLOW_CJUMP;
	return true;
}

/*
 * ASan's stack frame magic 0x41b58ab3, stored as an immediate when a
 * frame gets redzones: movq $0x41b58ab3, (%rsp).
 */
static void x86_code_marks(struct section *sec, unsigned long start,
			   unsigned long end, struct marks *m)
{
	static const unsigned char magic[4] = { 0xb3, 0x8a, 0xb5, 0x41 };
	const unsigned char *p;

	if (!sec->data || end > sec->size || end - start < 4)
		return;
	p = memmem(sec->data + start, end - start, magic, 4);
	if (p)
		add_mark(m, MARK_REDZONE, p - sec->data);
}

/* ud2 falls through here: WARN() goes on after it. */
static bool x86_step(struct section *sec, unsigned long off, struct step *st)
{
	struct flow_insn fi;
	const struct reloc *r;

	if (!x86_flow_decode(sec, off, &fi))
		return false;
	*st = (struct step){ .len = fi.len, .target = NO_TARGET,
			     .falls_through = fi.kind != FLOW_JUMP &&
					      fi.kind != FLOW_RET &&
					      fi.kind != FLOW_SWITCH };
	if (fi.kind != FLOW_JUMP && fi.kind != FLOW_CJUMP)
		return true;
	r = fi.br.reloc;
	if (!r)
		st->target = fi.br.target;
	else if (r->sym->sec == sec)
		st->target = r->sym->offset + r->addend + fi.br.bias;
	return true;
}

/* After a decoding failure: a call/jmp/jcc rel32 with a relocation. */
static bool x86_call_reloc(struct section *sec, const struct reloc *r,
			   struct branch *br)
{
	const unsigned char *p;

	if (r->type != R_X86_64_PC32 && r->type != R_X86_64_PLT32)
		return false;
	memset(br, 0, sizeof(*br));
	br->sec = sec;
	br->reloc = (struct reloc *)r;
	br->bias = 4;
	p = sec_bytes(sec, r->offset - 1, 1);
	if (r->offset >= 1 && p && (*p == 0xe8 || *p == 0xe9)) {
		br->kind = *p == 0xe8 ? BRANCH_CALL : BRANCH_JUMP;
		br->insn = r->offset - 1;
		br->len = 5;
		return true;
	}
	p = sec_bytes(sec, r->offset - 2, 2);
	if (r->offset >= 2 && p && p[0] == 0x0f && (p[1] & 0xf0) == 0x80) {
		br->kind = BRANCH_JUMP;
		br->insn = r->offset - 2;
		br->len = 6;
		return true;
	}
	return false;
}

static enum callee_class x86_classify(const char *name)
{
	if (!strcmp(name, "__x86_return_thunk"))
		return CALLEE_NOT_A_CALL;
	if (strstarts(name, "__x86_indirect_thunk_") ||
	    strstarts(name, "__x86_indirect_call_thunk_") ||
	    strstarts(name, "__x86_indirect_jump_thunk_") ||
	    strstarts(name, "__x86_indirect_alt_"))
		return CALLEE_INDIRECT;
	return CALLEE_CALL;
}

static void x86_alternatives(struct object *obj, alt_fn fn, void *arg)
{
	read_alt_instr(obj, R_X86_64_PC32, fn, arg);
}

const struct arch arch_x86 = {
	.name		= "x86_64",
	.machine	= EM_X86_64,
	.abs64		= R_X86_64_64,
	.decode		= x86_decode,
	.call_reloc	= x86_call_reloc,
	.classify	= x86_classify,
	.alternatives	= x86_alternatives,
	.flow_decode	= x86_flow_decode,
	.step		= x86_step,
	.code_marks	= x86_code_marks,
};
