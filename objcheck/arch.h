/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * arch.h - what realmode-objcheck needs to know about each machine: how
 * to find the branches in a range of code, which relocation the metadata
 * uses, which callees are not really calls, and where code patched in at
 * boot (alternatives, feature fixups) comes from.
 */
#ifndef OBJCHECK_ARCH_H
#define OBJCHECK_ARCH_H

#include "elf.h"

enum branch_kind {
	BRANCH_CALL,		/* call with a target */
	BRANCH_JUMP,		/* jump with a target: a tail call out */
	BRANCH_ICALL,		/* indirect call */
	BRANCH_IJUMP,		/* indirect jump */
};

struct branch {
	enum branch_kind kind;
	struct section *sec;
	unsigned long insn;		/* offset of the instruction */
	unsigned int len;
	/*
	 * The target: from this relocation (symbol + addend + bias), or
	 * when there is none, at offset target of the same section.
	 */
	struct reloc *reloc;
	int64_t bias;
	unsigned long target;
};

typedef void (*branch_fn)(const struct branch *br, void *arg);

/* Code at alt_off of alt_sec replaces code at orig_off of orig_sec. */
struct alt {
	struct section *orig_sec;
	unsigned long orig_off;
	struct section *alt_sec;
	unsigned long alt_off;
	unsigned long alt_len;
	unsigned long orig_len;
	unsigned int feature;		/* the CPU feature word of the entry */
	unsigned int entry_size;	/* 12 (Linux 6.1) or 14 (6.3 on) */
	struct alt *next;		/* of the same function */
};

typedef void (*alt_fn)(struct object *obj, const struct alt *alt, void *arg);

/*
 * One instruction as the noinstr flow walk (flow.c) sees it: where
 * control goes after it.
 */
enum flow_kind {
	FLOW_NEXT,		/* on to the next instruction */
	FLOW_CALL,		/* br: a call, direct or indirect */
	FLOW_JUMP,		/* br: a jump, direct or indirect */
	FLOW_CJUMP,		/* br: a conditional jump */
	FLOW_RET,
	FLOW_SWITCH,		/* iret, sysret, ljmp ...: a context switch */
	FLOW_BUG,		/* ud2: the end unless marked reachable */
};

struct flow_insn {
	unsigned int len;
	enum flow_kind kind;
	struct branch br;		/* for CALL, JUMP, CJUMP */
};

/*
 * One instruction as code_end() sees it: its length, whether control
 * can go on to the next one, and where it branches to in the same
 * section (NO_TARGET for none, or one the relocation puts elsewhere).
 */
#define NO_TARGET	(~0UL)

struct step {
	unsigned int len;
	bool falls_through;
	unsigned long target;
};

/*
 * Instrumentation that calls nothing, found in the code itself or in
 * the tables that point into it (marks.c).
 */
enum mark_kind {
	MARK_REDZONE,		/* KASAN stack redzones: the frame magic */
	MARK_TAG_CHECK,		/* arm64 KASAN_SW_TAGS inline: brk #0x9xx */
	MARK_GCOV,		/* a gcov counter updated */
	MARK_MCOUNT,		/* an __mcount_loc site that is no call */
	MARK_PATCHABLE,		/* a __patchable_function_entries site */
	NR_MARKS
};

struct marks {
	unsigned int kinds;		/* bits 1 << MARK_* */
	unsigned long at[NR_MARKS];	/* the first place of each */
	struct symbol *part[NR_MARKS];	/* in this part (marks.c) */
};

static inline void add_mark(struct marks *m, enum mark_kind kind,
			    unsigned long off)
{
	if (!(m->kinds & (1u << kind))) {
		m->kinds |= 1u << kind;
		m->at[kind] = off;
	}
}

enum callee_class {
	CALLEE_CALL,		/* an ordinary callee */
	CALLEE_NOT_A_CALL,	/* e.g. a return thunk: nothing is called */
	CALLEE_INDIRECT,	/* e.g. a retpoline: an indirect call */
	CALLEE_SAFE,		/* e.g. out-of-line register save/restore */
};

struct arch {
	const char *name;
	unsigned int machine;
	unsigned int abs64;		/* relocation of a metadata entry */
	/*
	 * Report each branch in [start, end) of SEC.  Returns the offset
	 * where decoding stopped: end, or less when the bytes there could
	 * not be decoded.
	 */
	unsigned long (*decode)(struct section *sec, unsigned long start,
				unsigned long end, branch_fn fn, void *arg);
	/* Whether a relocation of TYPE can be a call's (for the fallback). */
	bool (*call_reloc)(struct section *sec, const struct reloc *reloc,
			   struct branch *br);
	enum callee_class (*classify)(const char *name);
	/* Report each patch site of OBJ. */
	void (*alternatives)(struct object *obj, alt_fn fn, void *arg);
	/*
	 * Decode the instruction at OFF of SEC for the flow walk; false if
	 * it cannot.  NULL where the walk is not supported (the noinstr
	 * check then goes by address order).
	 */
	bool (*flow_decode)(struct section *sec, unsigned long off,
			    struct flow_insn *fi);
	/* The marks the code in [start, end) of SEC shows by itself. */
	void (*code_marks)(struct section *sec, unsigned long start,
			   unsigned long end, struct marks *m);
	/* Decode the instruction at OFF of SEC for code_end(); false if not. */
	bool (*step)(struct section *sec, unsigned long off, struct step *st);
	/* The code a symbol at OFF of SEC stands for (ppc64 ELFv1 .opd). */
	bool (*code_address)(struct section **sec, unsigned long *off);
};

extern const struct arch arch_x86;
extern const struct arch arch_powerpc;
extern const struct arch arch_arm64;

const struct arch *arch_for(unsigned int machine);

/*
 * Where the 32-bit PC-relative field at OFF of SEC points (a relocation
 * of TYPE): symbol + addend, in *TSEC at *TOFF.  False if nothing does.
 */
bool pcrel_target(struct section *sec, unsigned long off, unsigned int type,
		  struct section **tsec, unsigned long *toff);

/*
 * Where code entered at START of SEC, and guessed to run to END, really
 * ends: after the first instruction that control cannot fall through
 * (a return, an unconditional jump) with no branch before it to a place
 * after it.  What follows is padding or code of another entry.
 */
unsigned long code_end(struct section *sec, unsigned long start,
		       unsigned long end);

/* The target in SEC of a branch at OFF that the assembler resolved to
 * OFF + DISP, or that a relocation at OFF names. */
unsigned long local_target(struct section *sec, unsigned long off,
			   int64_t disp);

/* The .altinstructions table of x86 and arm64 (arch.c). */
void read_alt_instr(struct object *obj, unsigned int pcrel, alt_fn fn,
		    void *arg);

#endif /* OBJCHECK_ARCH_H */
