// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * flow.c - the noinstr check by control flow, as objtool --noinstr does
 * it (Linux 6.1, tools/objtool/check.c), so that on the same vmlinux.o
 * both report the same calls.
 *
 * Every function of a --noinstr-section section is walked from its
 * first instruction, depth first: a conditional jump's target before
 * its fall-through, code patched in at boot (alternatives, jump labels,
 * exception fixups) before the code it replaces.  The walk counts the
 * instrumentation_begin()/end() markers it passes (.discard.instr_begin
 * and .discard.instr_end): a call made where more have begun than ended
 * is sanctioned, and a return made there is itself a violation.  Each
 * instruction is walked once, on the first path that reaches it, and a
 * function's walk stops at its first violation: objtool reports one per
 * function.  Then code that only an unwind hint reaches (entry code
 * that is no function) is walked from each hint.
 *
 * Where the object's .altinstructions has 14-byte entries (Linux 6.3
 * on), the objtool to agree with is a newer one, as in 6.12: it walks
 * an instruction's alternatives last entry first (it pushes each on the
 * head of a list), and it warns once per symbol, so a hint's walk in a
 * function already reported says nothing more.  The project compares
 * with the objtool of 6.1 and of 6.12.
 *
 * Calls are judged as the rest of the check does (check.c), except that
 * a call into any noinstr section is fine, __ubsan_handle_*() is let
 * through as objtool lets it, and an indirect call is a violation unless
 * it goes through a pv_ops[] slot whose every target is noinstr.
 */
#include <stdlib.h>

#include "check.h"

/* A set of place keys (section << 40 | offset). */
struct keyset {
	unsigned long *v;		/* key + 1; 0 is empty */
	unsigned long nr, mask;
};

static bool keyset_add(struct keyset *s, unsigned long key)
{
	unsigned long h;

	if (2 * (s->nr + 1) > s->mask) {
		struct keyset n = { 0 };

		n.mask = s->mask ? 2 * s->mask + 1 : 255;
		n.v = xcalloc(n.mask + 1, sizeof(*n.v));
		for (unsigned long i = 0; s->v && i <= s->mask; i++)
			if (s->v[i])
				keyset_add(&n, s->v[i] - 1);
		free(s->v);
		*s = n;
	}
	for (h = (key * 0x9e3779b97f4a7c15ul) >> 20 & s->mask; s->v[h];
	     h = (h + 1) & s->mask)
		if (s->v[h] == key + 1)
			return false;
	s->v[h] = key + 1;
	s->nr++;
	return true;
}

static bool keyset_has(const struct keyset *s, unsigned long key)
{
	unsigned long h;

	if (!s->v)
		return false;
	for (h = (key * 0x9e3779b97f4a7c15ul) >> 20 & s->mask; s->v[h];
	     h = (h + 1) & s->mask)
		if (s->v[h] == key + 1)
			return true;
	return false;
}

static void keyset_free(struct keyset *s)
{
	free(s->v);
	memset(s, 0, sizeof(*s));
}

/* Code patched over an instruction, or jumped to from it, at run time. */
enum alt_kind { ALT_GROUP, ALT_JUMP_LABEL, ALT_EXTABLE };

struct flow_alt {
	unsigned long key;		/* the original instruction */
	unsigned int seq;		/* objtool's order: table, then entry */
	enum alt_kind kind;
	struct section *orig_sec, *new_sec;
	unsigned long orig_off, orig_len, new_off, new_len;
	bool skip_orig, skip_alt;
};

/* Everything the walk needs to know about one object. */
struct flow {
	struct check_ctx *c;
	struct object *obj;
	struct flow_alt *alts;
	unsigned int nr_alts, alloc_alts;
	struct keyset hints, reachable, unreachable, ignore_alts;
	struct keyset ignored;		/* functions objtool skips */
	struct keyset visited;
	struct keyset warned;		/* symbols reported (newer objtool) */
	bool newer_objtool;		/* 14-byte alternatives: see above */
	bool begin_marks;		/* instrumentation_begin()s count */
	/* pv_ops[]: the functions each slot may hold, and who holds which. */
	struct symbol *pv_ops;
	struct keyset pv_added;
	struct pv_slot {
		struct symbol **targets;
		unsigned int nr;
	} *pv;
	unsigned long nr_pv;
};

/* objtool 6.1's CPU features with a fixed side (arch/x86/special.c). */
#define X86_FEATURE_POPCNT	(4 * 32 + 23)
#define X86_FEATURE_SMAP	(9 * 32 + 20)

/* The hint objtool does not start a walk from (UNWIND_HINT_TYPE_SAVE). */
#define UNWIND_HINT_SAVE	5
#define UNWIND_HINT_SIZE	12

/*
 * The place each entry of table NAME (ENTSIZE bytes, "label - ." first)
 * points to, into S.  The kernel's tables are x86 here: R_X86_64_PC32.
 */
static void read_places(struct flow *fl, const char *name,
			unsigned long entsize, struct keyset *s)
{
	struct section *sec = find_section_by_name(fl->obj, name);

	for (unsigned long off = 0; sec && off + entsize <= sec->size;
	     off += entsize) {
		struct section *tsec;
		unsigned long toff;

		if (!strcmp(name, ".discard.unwind_hints") && sec->data &&
		    sec->data[off + 7] == UNWIND_HINT_SAVE)
			continue;
		if (pcrel_target(sec, off, R_X86_64_PC32, &tsec, &toff))
			keyset_add(s, place_key(tsec, toff));
	}
	if (sec)
		sec_relocs_drop(sec);
}

static struct flow_alt *new_alt(struct flow *fl)
{
	if (fl->nr_alts == fl->alloc_alts) {
		fl->alloc_alts = fl->alloc_alts ? 2 * fl->alloc_alts : 64;
		fl->alts = xrealloc(fl->alts, fl->alloc_alts,
				    sizeof(*fl->alts));
	}
	memset(&fl->alts[fl->nr_alts], 0, sizeof(*fl->alts));
	fl->alts[fl->nr_alts].seq = fl->nr_alts;
	return &fl->alts[fl->nr_alts++];
}

static void add_group_alt(struct object *obj, const struct alt *a, void *arg)
{
	struct flow *fl = arg;
	struct flow_alt *fa;

	(void)obj;
	if (!a->orig_len)
		return;			/* objtool skips empty entries too */
	fa = new_alt(fl);
	fa->kind = ALT_GROUP;
	fa->key = place_key(a->orig_sec, a->orig_off);
	fa->orig_sec = a->orig_sec;
	fa->orig_off = a->orig_off;
	fa->orig_len = a->orig_len;
	fa->new_sec = a->alt_sec;
	fa->new_off = a->alt_off;
	fa->new_len = a->alt_len;
	fa->skip_orig = a->feature == X86_FEATURE_POPCNT;
	fa->skip_alt = a->feature == X86_FEATURE_SMAP;
	if (a->entry_size == 14)
		fl->newer_objtool = true;
}

/* __jump_table (16-byte entries) and __ex_table (12): code, target. */
static void read_branch_table(struct flow *fl, const char *name,
			      unsigned long entsize, enum alt_kind kind)
{
	struct section *sec = find_section_by_name(fl->obj, name);

	for (unsigned long off = 0; sec && off + entsize <= sec->size;
	     off += entsize) {
		struct flow_alt a = { .kind = kind };

		if (!pcrel_target(sec, off, R_X86_64_PC32, &a.orig_sec,
				  &a.orig_off) ||
		    !pcrel_target(sec, off + 4, R_X86_64_PC32, &a.new_sec,
				  &a.new_off))
			continue;
		a.key = place_key(a.orig_sec, a.orig_off);
		a.seq = fl->nr_alts;
		*new_alt(fl) = a;
	}
	if (sec)
		sec_relocs_drop(sec);
}

/* By place; one place's alternatives in the order its objtool walks them. */
static int cmp_alt(const void *a, const void *b, void *arg)
{
	const struct flow_alt *x = a, *y = b;
	const struct flow *fl = arg;
	int by_seq = x->seq < y->seq ? -1 : x->seq > y->seq;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return fl->newer_objtool ? -by_seq : by_seq;
}

/* The first alternative of the instruction at KEY, or NULL. */
static const struct flow_alt *alts_at(const struct flow *fl,
				      unsigned long key)
{
	unsigned int lo = 0, hi = fl->nr_alts;

	while (lo < hi) {
		unsigned int m = lo + (hi - lo) / 2;

		if (fl->alts[m].key < key)
			lo = m + 1;
		else
			hi = m;
	}
	return lo < fl->nr_alts && fl->alts[lo].key == key ? &fl->alts[lo]
							   : NULL;
}

/* STACK_FRAME_NON_STANDARD functions: objtool does not walk them. */
static void read_ignored(struct flow *fl)
{
	struct section *sec = find_section_by_name(fl->obj,
				".discard.func_stack_frame_non_standard");
	struct reloc *relocs;

	if (!sec)
		return;
	relocs = sec_relocs(sec);
	for (unsigned int i = 0; i < sec->nr_relocs; i++) {
		struct symbol *s = relocs[i].sym, *f;

		if (!s->sec)
			continue;
		f = find_func_covering(s->sec, s->offset +
				       (s->type == STT_SECTION ?
					relocs[i].addend : 0));
		if (f)
			keyset_add(&fl->ignored, place_key(owner(f)->sec,
							owner(f)->offset));
	}
	sec_relocs_drop(sec);
}

/* ---------------------------------------------------------------- */
/* pv_ops[]. */

static struct symbol *func_at(struct section *sec, unsigned long off)
{
	struct symbol *f = find_func_covering(sec, off);

	return f && f->offset == off ? f : NULL;
}

static void pv_add(struct flow *fl, unsigned long idx, struct symbol *f)
{
	struct pv_slot *slot;

	if (!f || idx >= fl->nr_pv || !strcmp(f->name, "_paravirt_nop") ||
	    !strcmp(f->name, "_paravirt_ident_64") ||
	    !keyset_add(&fl->pv_added, (unsigned long)f))
		return;
	slot = &fl->pv[idx];
	slot->targets = xrealloc(slot->targets, slot->nr + 1,
				 sizeof(*slot->targets));
	slot->targets[slot->nr++] = f;
}

/* What a relocation points to, as a function if it can be. */
static struct symbol *reloc_func(const struct reloc *r)
{
	if (r->sym->type != STT_SECTION)
		return r->sym;
	return r->sym->sec ? func_at(r->sym->sec, r->addend) : NULL;
}

/* The initialisers of pv_ops and of the tables objtool adds to it. */
static void pv_table(struct flow *fl, const char *name)
{
	struct symbol *sym = find_symbol_by_name(fl->obj, name);
	struct reloc *r;

	if (!sym || !sym->sec || sym->undef)
		return;
	for (r = find_reloc_from(sym->sec, sym->offset);
	     r && r < reloc_end(sym->sec) && r->offset < func_end(sym); r++)
		pv_add(fl, (r->offset - sym->offset) / 8, reloc_func(r));
}

/* "movq $func, pv_ops+N(%rip)" in .init.text: more targets. */
static void pv_init_stores(struct flow *fl, struct section *sec)
{
	struct reloc *relocs = sec_relocs(sec);

	for (unsigned int i = 0; i < sec->nr_relocs; i++) {
		const struct reloc *r = &relocs[i];
		const unsigned char *p = sec_bytes(sec, r->offset - 3, 11);
		struct reloc *imm;

		if (r->sym != fl->pv_ops || r->offset < 3 || !p ||
		    p[0] != 0x48 || p[1] != 0xc7 || p[2] != 0x05)
			continue;
		imm = find_reloc_at(sec, r->offset + 4);
		if (imm)
			pv_add(fl, (unsigned long)(r->addend + 8) / 8,
			       reloc_func(imm));
	}
}

static void read_pv_ops(struct flow *fl)
{
	static const char *const tables[] = {
		"pv_ops", "xen_cpu_ops", "xen_irq_ops", "xen_mmu_ops",
	};

	fl->pv_ops = find_symbol_by_name(fl->obj, "pv_ops");
	if (!fl->pv_ops || !fl->pv_ops->sec || fl->pv_ops->len < 8)
		return;
	fl->nr_pv = fl->pv_ops->len / 8;
	fl->pv = xcalloc(fl->nr_pv, sizeof(*fl->pv));
	for (unsigned int i = 0; i < ARRAY_SIZE(tables); i++)
		pv_table(fl, tables[i]);
	for (unsigned int i = 1; i < fl->obj->nr_sections; i++) {
		struct section *sec = &fl->obj->sections[i];

		if (sec->text && strstarts(sec->name, ".init.text") &&
		    sec->nr_relocs) {
			pv_init_stores(fl, sec);
			sec_relocs_drop(sec);
		}
	}
}

static bool noinstr_sec(const struct section *sec)
{
	return sec && strmap_has(&opts.noinstr, sec->name);
}

/*
 * An indirect call through pv_ops[N] is fine when every function the
 * slot may hold is noinstr.  Returns NULL then, else why it is not.
 */
static char *pv_call_unsafe(struct flow *fl, struct section *sec,
			    unsigned long off, unsigned int len,
			    const char *call)
{
	struct reloc *r = find_reloc_from(sec, off);
	struct pv_slot *slot;
	unsigned long idx;

	if (!fl->pv_ops || !r || r >= reloc_end(sec) ||
	    r->offset >= off + len || r->sym != fl->pv_ops)
		return xasprintf("indirect %s outside "
				 "instrumentation_begin()/end()", call);
	idx = (unsigned long)(r->addend + 4) / 8;
	if (idx >= fl->nr_pv)
		return xasprintf("indirect %s through pv_ops[%lu], past its "
				 "end", call, idx);
	slot = &fl->pv[idx];
	for (unsigned int i = 0; i < slot->nr; i++)
		if (!noinstr_sec(slot->targets[i]->sec))
			return xasprintf("indirect %s through pv_ops[%lu], "
					 "which may hold %s() (in %s)", call,
					 idx, slot->targets[i]->name,
					 slot->targets[i]->sec->name);
	return NULL;
}

/* ---------------------------------------------------------------- */
/* Functions that do not return. */

/* objtool 6.1's list: the noreturn attribute leaves no trace in ELF. */
static const char *const global_noreturns[] = {
	"__invalid_creds", "__module_put_and_kthread_exit",
	"__reiserfs_panic", "__stack_chk_fail",
	"__ubsan_handle_builtin_unreachable", "cpu_bringup_and_idle",
	"cpu_startup_entry", "do_exit", "do_group_exit", "do_task_dead",
	"ex_handler_msr_mce", "fortify_panic", "kthread_complete_and_exit",
	"kthread_exit", "kunit_try_catch_throw", "lbug_with_loc",
	"machine_real_restart", "make_task_dead", "panic",
	"rewind_stack_and_make_dead", "sev_es_terminate", "snp_abort",
	"stop_this_cpu", "usercopy_abort", "xen_start_kernel",
};

/*
 * Whether the code of F, its cold parts too, has a return or a tail
 * call: a function with neither does not return.
 */
static bool part_returns(struct symbol *part, struct symbol *f)
{
	const struct arch *arch = part->obj->arch;
	unsigned long off = part->offset;

	while (off < func_end(part)) {
		struct flow_insn fi;
		struct callee ce;

		if (!arch->flow_decode(part->sec, off, &fi))
			return true;	/* cannot tell: assume it returns */
		off += fi.len;
		if (fi.kind == FLOW_RET)
			return true;
		if (fi.kind != FLOW_JUMP && fi.kind != FLOW_CJUMP)
			continue;
		resolve_branch(&fi.br, &ce);
		if (ce.indirect || (ce.name && arch->classify(ce.name) !=
						CALLEE_CALL))
			return true;
		if (fi.br.reloc && fi.br.reloc->sym->type != STT_SECTION)
			return true;	/* a tail call, maybe to itself */
		if (ce.func && owner(ce.func) != f &&
		    ce.func->offset == ce.off)
			return true;
	}
	return false;
}

static bool noreturn(struct symbol *sym)
{
	struct symbol *f, *part;

	if (!sym || sym->bind == STB_WEAK)
		return false;
	if (sym->bind == STB_GLOBAL)
		for (unsigned int i = 0; i < ARRAY_SIZE(global_noreturns); i++)
			if (!strcmp(sym->name, global_noreturns[i]))
				return true;
	/* Only code objtool knows as a function's (STT_FUNC). */
	if (!sym->sec || !sym->len || !sym->func || sym->type != STT_FUNC)
		return false;
	f = owner(sym);
	if (f->noret)
		return f->noret == 2;
	f->noret = 1;
	for (part = f; part; part = part == f ? first_cold(f)
					      : next_cold(part))
		if (part_returns(part, f))
			return false;
	f->noret = 2;
	return true;
}

/* ---------------------------------------------------------------- */
/* The walk. */

struct pos {
	struct section *sec;
	unsigned long off;
	int instr;			/* regions begun less ended */
	const struct flow_alt *grp;	/* walking this replacement */
	bool resume;			/* at the insn itself, after its alts */
};

struct walk {
	struct flow *fl;
	struct symbol *func;		/* NULL: code of no function */
	struct pos *stack;
	unsigned int nr, alloc;
	bool stop;			/* reported: the function is done */
};

static void push(struct walk *w, struct pos p)
{
	if (w->nr == w->alloc) {
		w->alloc = w->alloc ? 2 * w->alloc : 64;
		w->stack = xrealloc(w->stack, w->alloc, sizeof(*w->stack));
	}
	w->stack[w->nr++] = p;
}

static int instr_delta(const struct flow *fl, unsigned long key)
{
	const struct object *obj = fl->obj;
	int n = -(int)keys_between(obj->instr_end, obj->nr_instr_end, key,
				   key);

	if (fl->begin_marks)
		n += keys_between(obj->instr_begin, obj->nr_instr_begin, key,
				  key);
	return n;
}

/*
 * The function whose code this is, as objtool has it: a symbol typed
 * STT_FUNC (entry code without a type is no function), or NULL.
 */
static struct symbol *typed_func(struct section *sec, unsigned long off)
{
	struct symbol *f = find_func_covering(sec, off);

	return f && f->type == STT_FUNC ? f : NULL;
}

/*
 * The symbol a report names, as objtool's does: the function, else a
 * symbol the ELF file gives a size that covers the place (entry code),
 * else none (then the section is named).
 */
static struct symbol *named_by(struct section *sec, unsigned long off)
{
	struct symbol *f = find_func_covering(sec, off);

	return f && (f->type == STT_FUNC || !f->unsized) ? f : NULL;
}

static struct symbol *func_of(struct section *sec, unsigned long off)
{
	struct symbol *f = typed_func(sec, off);

	return f ? owner(f) : NULL;
}

static bool ignored(struct flow *fl, struct section *sec, unsigned long off)
{
	struct symbol *f = func_of(sec, off);

	return f && keyset_has(&fl->ignored, place_key(f->sec, f->offset));
}

static void report_here(struct walk *w, const struct pos *p,
			const struct callee *ce, char *message)
{
	struct section *sec = p->sec;
	unsigned long off = p->off;
	struct symbol *named = named_by(sec, off);
	char *patched;

	/* A newer objtool warns once a symbol; the walk stops all the same. */
	w->stop = true;
	if (w->fl->newer_objtool && !p->grp && named &&
	    !keyset_add(&w->fl->warned, place_key(named->sec,
						  named->offset))) {
		free(message);
		return;
	}
	patched = xstrdup("");
	/* A replacement's code is reported where it is patched in. */
	if (p->grp) {
		free(patched);
		patched = xasprintf(", in code patched in at boot from "
				    "%s+0x%lx", p->sec->name, p->off);
		sec = p->grp->orig_sec;
		off = p->grp->orig_off;
	}
	report_place(w->fl->c, w->fl->obj, sec, off, named_by(sec, off),
		     ce && ce->name ? ce->name : NULL,
		     xasprintf("%s%s", message, patched));
	free(message);
	free(patched);
}

/* objtool's validate_call(): outside every region, a call must be safe. */
static void flow_call(struct walk *w, const struct pos *p,
		      const struct flow_insn *fi, bool tail)
{
	const char *call = tail ? "tail call" : "call";
	struct callee ce;
	char *why;

	resolve_branch(&fi->br, &ce);
	if (ce.name && w->fl->obj->arch->classify(ce.name) == CALLEE_INDIRECT)
		ce.indirect = true;
	stats.calls++;
	if (p->instr > 0) {
		stats.sanctioned++;
		return;
	}
	if (ce.indirect) {
		why = pv_call_unsafe(w->fl, p->sec, p->off, fi->len, call);
		if (why)
			report_here(w, p, NULL, why);
		return;
	}
	if (ce.sec && noinstr_sec(ce.sec))
		return;
	if (ce.name && strstarts(ce.name, "__ubsan_handle_"))
		return;
	why = judge_call(w->fl->c, w->fl->obj, &fi->br, &ce, call);
	if (why)
		report_here(w, p, &ce, why);
}

/* Where a direct jump goes when it stays in the walk; false if not. */
static bool jump_dest(struct walk *w, const struct pos *p,
		      const struct flow_insn *fi, struct pos *to)
{
	const struct reloc *r = fi->br.reloc;
	struct callee ce;
	struct symbol *dest;

	resolve_branch(&fi->br, &ce);
	if (ce.indirect || !ce.sec)
		return false;
	if (r && r->sym->type != STT_SECTION && w->func)
		return false;		/* a tail call */
	*to = *p;
	to->sec = ce.sec;
	to->off = ce.off;
	to->grp = NULL;
	to->resume = false;
	/* Out of a replacement to its end: on after the original. */
	if (p->grp && !r && ce.sec == p->grp->new_sec &&
	    ce.off == p->grp->new_off + p->grp->new_len) {
		to->sec = p->grp->orig_sec;
		to->off = p->grp->orig_off + p->grp->orig_len;
		return true;
	}
	if (p->grp && ce.sec == p->grp->new_sec &&
	    ce.off >= p->grp->new_off &&
	    ce.off < p->grp->new_off + p->grp->new_len)
		to->grp = p->grp;
	dest = func_of(ce.sec, ce.off);
	if (!w->func || !dest || dest == w->func || to->grp)
		return true;
	/* Into another function: at its start, a tail call. */
	return !(dest->offset == ce.off && dest->sec == ce.sec);
}

/*
 * objtool's sibling call: from a function, an indirect jump, a jump to a
 * symbol, or a jump to the start of another function.
 */
static bool is_tail_call(struct walk *w, const struct pos *p,
			 const struct flow_insn *fi)
{
	struct callee ce;
	struct pos to;

	if (!w->func)
		return false;
	if (fi->br.kind == BRANCH_IJUMP)
		return true;
	if (fi->br.reloc && fi->br.reloc->sym->type != STT_SECTION)
		return true;
	if (jump_dest(w, p, fi, &to))
		return false;
	resolve_branch(&fi->br, &ce);
	return ce.func != NULL;
}

/* The alternatives of the instruction at P, walked before it. */
static bool push_alts(struct walk *w, const struct pos *p)
{
	const struct flow_alt *a = alts_at(w->fl, place_key(p->sec, p->off));
	const struct flow_alt *end, *i;
	bool skip_orig = false;

	if (!a || keyset_has(&w->fl->ignore_alts, a->key))
		return false;
	end = w->fl->alts + w->fl->nr_alts;
	for (i = a; i < end && i->key == a->key; i++)
		if (i->skip_alt)
			return false;
	for (i = a; i < end && i->key == a->key; i++)
		skip_orig |= i->skip_orig;
	if (!skip_orig)
		push(w, (struct pos){ p->sec, p->off, p->instr, p->grp, true });
	while (i-- > a) {
		struct pos q = { i->new_sec, i->new_off, p->instr, NULL, false };

		if (i->kind == ALT_GROUP && !i->new_len) {
			q.sec = i->orig_sec;
			q.off = i->orig_off + i->orig_len;
		} else if (i->kind == ALT_GROUP) {
			q.grp = i;
		} else if (i->kind == ALT_JUMP_LABEL &&
			   sec_bytes(p->sec, p->off, 1) &&
			   (p->sec->data[p->off] == 0xe9 ||
			    p->sec->data[p->off] == 0xeb)) {
			/* A jump turned into a nop: on after it. */
			struct flow_insn fi;

			if (!w->fl->obj->arch->flow_decode(p->sec, p->off, &fi))
				continue;
			q.sec = p->sec;
			q.off = p->off + fi.len;
		}
		push(w, q);
	}
	return true;
}

static bool dead_end(struct walk *w, const struct pos *p,
		     const struct flow_insn *fi)
{
	unsigned long next = place_key(p->sec, p->off + fi->len);
	bool dead = fi->kind == FLOW_BUG;

	if (fi->kind == FLOW_CALL && fi->br.kind == BRANCH_CALL)
		dead = noreturn(fi->br.reloc ? reloc_func(fi->br.reloc)
					     : func_at(p->sec, fi->br.target));
	if (keyset_has(&w->fl->unreachable, next))
		dead = true;
	if (keyset_has(&w->fl->reachable, next))
		dead = false;
	return dead;
}

/* A call within the function: objtool takes it for a jump. */
static bool intra_call(struct walk *w, const struct pos *p,
		       const struct flow_insn *fi)
{
	struct callee ce;

	if (fi->br.kind != BRANCH_CALL ||
	    (fi->br.reloc && fi->br.reloc->sym->type != STT_SECTION))
		return false;
	resolve_branch(&fi->br, &ce);
	if (!ce.sec || (ce.func && ce.func->offset == ce.off))
		return false;
	if (p->grp)
		return ce.sec == p->grp->new_sec;
	return ce.sec == p->sec && func_of(ce.sec, ce.off) == w->func;
}

/*
 * The instruction at P, with the kernel's thunks seen through: a call or
 * jump to a retpoline thunk is an indirect one, a jump to the return
 * thunk a return.
 */
static bool decode(struct walk *w, const struct pos *p, struct flow_insn *fi)
{
	const struct arch *arch = w->fl->obj->arch;
	enum callee_class cls;

	if (!arch->flow_decode(p->sec, p->off, fi))
		return false;
	if ((fi->kind != FLOW_CALL && fi->kind != FLOW_JUMP &&
	     fi->kind != FLOW_CJUMP) || !fi->br.reloc)
		return true;
	cls = arch->classify(fi->br.reloc->sym->name);
	if (cls == CALLEE_INDIRECT)
		fi->br.kind = fi->br.kind == BRANCH_CALL ? BRANCH_ICALL
							 : BRANCH_IJUMP;
	else if (cls == CALLEE_NOT_A_CALL && fi->kind == FLOW_JUMP)
		fi->kind = FLOW_RET;
	return true;
}

/* Where the walk goes on after LEN bytes at P. */
static struct pos next_pos(const struct pos *p, unsigned int len)
{
	struct pos n = { p->sec, p->off + len, p->instr, p->grp, false };

	/* The end of a replacement: on after the code it replaces. */
	if (n.grp && n.off >= n.grp->new_off + n.grp->new_len) {
		n.sec = n.grp->orig_sec;
		n.off = n.grp->orig_off + n.grp->orig_len;
		n.grp = NULL;
	}
	return n;
}

/*
 * One step at P.  Returns false where the path ends; else P is where it
 * goes on.
 */
static bool step(struct walk *w, struct pos *p)
{
	unsigned long key = place_key(p->sec, p->off);
	struct flow_insn fi;
	struct pos to;

	if (!p->resume) {
		struct symbol *f = func_of(p->sec, p->off);

		if (w->func && f && f != w->func && !p->grp)
			return false;	/* into another function */
		if (ignored(w->fl, p->sec, p->off) && w->func)
			return false;
		if (!keyset_add(&w->fl->visited, key))
			return false;
		p->instr += instr_delta(w->fl, key);
		if (push_alts(w, p))
			return false;	/* the alternatives first */
	}
	p->resume = false;
	if (!decode(w, p, &fi))
		return false;
	switch (fi.kind) {
	case FLOW_RET:
		if (p->instr > 0)
			report_here(w, p, NULL, xstrdup(
				"return with instrumentation enabled "
				"(instrumentation_begin() without _end())"));
		return false;
	case FLOW_SWITCH:
		if (!w->func || !keyset_has(&w->fl->hints,
					    place_key(p->sec, p->off + fi.len)))
			return false;
		break;
	case FLOW_CALL:
		if (intra_call(w, p, &fi)) {
			if (!jump_dest(w, p, &fi, &to))
				return false;
			*p = to;
			return true;
		}
		flow_call(w, p, &fi, false);
		if (w->stop)
			return false;
		break;
	case FLOW_JUMP:
	case FLOW_CJUMP:
		if (is_tail_call(w, p, &fi)) {
			flow_call(w, p, &fi, true);
			if (w->stop)
				return false;
		} else if (fi.br.kind == BRANCH_JUMP && jump_dest(w, p, &fi,
								  &to)) {
			if (fi.kind == FLOW_JUMP) {
				*p = to;
				return true;
			}
			/* The target first, then the fall-through. */
			push(w, next_pos(p, fi.len));
			*p = to;
			return true;
		}
		if (fi.kind == FLOW_JUMP)
			return false;
		break;
	default:
		break;
	}
	if (dead_end(w, p, &fi))
		return false;
	*p = next_pos(p, fi.len);
	return p->off < p->sec->size;
}

static void walk_from(struct flow *fl, struct symbol *func,
		      struct section *sec, unsigned long off)
{
	struct walk w = { fl, func, NULL, 0, 0, false };

	push(&w, (struct pos){ sec, off, 0, NULL, false });
	while (w.nr && !w.stop) {
		struct pos p = w.stack[--w.nr];

		while (!w.stop && step(&w, &p))
			;
	}
	free(w.stack);
}

static void flow_prepare(struct flow *fl, struct check_ctx *c,
			 struct object *obj)
{
	struct section *sec;

	memset(fl, 0, sizeof(*fl));
	fl->c = c;
	fl->obj = obj;
	read_alt_instr(obj, R_X86_64_PC32, add_group_alt, fl);
	read_branch_table(fl, "__jump_table", 16, ALT_JUMP_LABEL);
	read_branch_table(fl, "__ex_table", 12, ALT_EXTABLE);
	if (fl->nr_alts)
		qsort_r(fl->alts, fl->nr_alts, sizeof(*fl->alts), cmp_alt, fl);
	read_places(fl, ".discard.unwind_hints", UNWIND_HINT_SIZE, &fl->hints);
	read_places(fl, ".discard.reachable", 4, &fl->reachable);
	read_places(fl, ".discard.unreachable", 4, &fl->unreachable);
	read_places(fl, ".discard.ignore_alts", 4, &fl->ignore_alts);
	read_ignored(fl);
	read_pv_ops(fl);
	/*
	 * objtool reads the begin markers only after the end markers, and
	 * not at all when there is no end marker in the object: so here.
	 */
	sec = find_section_by_name(obj, ".discard.instr_end");
	fl->begin_marks = sec && sec->nr_relocs;
}

static void flow_release(struct flow *fl)
{
	for (unsigned long i = 0; i < fl->nr_pv; i++)
		free(fl->pv[i].targets);
	free(fl->pv);
	free(fl->alts);
	keyset_free(&fl->hints);
	keyset_free(&fl->reachable);
	keyset_free(&fl->unreachable);
	keyset_free(&fl->ignore_alts);
	keyset_free(&fl->ignored);
	keyset_free(&fl->visited);
	keyset_free(&fl->warned);
	keyset_free(&fl->pv_added);
}

/* The functions of SEC, then what only its unwind hints reach. */
static void flow_section(struct flow *fl, struct section *sec)
{
	for (unsigned int j = 0; j < sec->nr_funcs; j++) {
		struct symbol *f = sec->funcs[j];

		if (f->alias != f || f->pfunc != f || !f->len ||
		    f->type != STT_FUNC)
			continue;
		stats.realmode++;
		if (keyset_has(&fl->visited, place_key(sec, f->offset)) ||
		    ignored(fl, sec, f->offset))
			continue;
		walk_from(fl, f, sec, f->offset);
	}
	unsigned long *hints = xcalloc(fl->hints.nr + 1, sizeof(*hints));
	unsigned long nr = 0;

	for (unsigned long i = 0; fl->hints.v && i <= fl->hints.mask; i++)
		if (fl->hints.v[i] && (fl->hints.v[i] - 1) >> 40 ==
				      sec_idx(sec))
			hints[nr++] = fl->hints.v[i] - 1;
	qsort(hints, nr, sizeof(*hints), cmp_key);
	for (unsigned long i = 0; i < nr; i++) {
		unsigned long off = hints[i] & ((1ul << 40) - 1);

		if (keyset_has(&fl->visited, hints[i]) || ignored(fl, sec, off))
			continue;
		walk_from(fl, func_of(sec, off), sec, off);
	}
	free(hints);
}

bool flow_supported(const struct object *obj)
{
	return obj->arch->flow_decode != NULL;
}

void flow_check_object(struct check_ctx *c, struct object *obj)
{
	struct flow fl;
	bool any = false;

	for (unsigned int i = 1; i < obj->nr_sections && !any; i++)
		any = obj->sections[i].text &&
		      noinstr_sec(&obj->sections[i]);
	if (!any)
		return;
	flow_prepare(&fl, c, obj);
	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];

		if (sec->text && noinstr_sec(sec))
			flow_section(&fl, sec);
	}
	flow_release(&fl);
}
