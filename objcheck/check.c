// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * check.c - the realmode check of realmode-objcheck.
 *
 * The realmode functions are those the metadata names (docs/metadata.md:
 * .discard.realmode.funcs and .inferred, each entry a relocation to the
 * function's code), and every function of a --noinstr-section.  For each,
 * every call and tail call from its code, and from code patched over it
 * at boot, must go to a realmode function of any given object (by name
 * for global symbols, to the definition the link takes; by place for
 * static ones), to an allowed symbol, or be a sanctioned call
 * (.discard.realmode.unchecked names the call instruction).  A call to
 * an instrumentation entry point is always a violation.  A function
 * promised realmode where it is called (.discard.realmode.promises) must
 * be realmode where it is defined.
 *
 * A callee that no given object defines is taken on trust when the
 * calling object promised it; otherwise it is a violation, since nothing
 * says it is safe.
 */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

struct options opts;
struct stats stats;

#define SEC_FUNCS	".discard.realmode.funcs"
#define SEC_INFERRED	".discard.realmode.inferred"
#define SEC_PROMISES	".discard.realmode.promises"
#define SEC_UNCHECKED	".discard.realmode.unchecked"
/* The kernel's instrumentation_begin()/end() markers (noinstr mode). */
#define SEC_INSTR_BEGIN	".discard.instr_begin"
#define SEC_INSTR_END	".discard.instr_end"

/* ------------------------------------------------------------------ */
/* Names. */

/* The same list as the plugin's (plugin/entry-points.c, DESIGN.md). */
/* The same list the plugin checks, from plugin/entry-points.def. */
enum { WHOLE, PREFIX };

static const struct {
	const char *name;
	int match;
} entry_points[] = {
#define ENTRY_POINT(name, match, removable, what) { name, match },
#include "../plugin/entry-points.def"
#undef ENTRY_POINT
};

bool entry_point(const char *name)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(entry_points); i++) {
		const char *p = entry_points[i].name;

		if (entry_points[i].match == PREFIX ? strstarts(name, p)
						    : !strcmp(name, p))
			return true;
	}
	return false;
}

/* runtime-functions.txt: a name, or a prefix ending in '*'. */
bool runtime_function(const char *name)
{
	for (unsigned int i = 0; i < opts.nr_runtime; i++) {
		const char *p = opts.runtime[i];
		size_t n = strlen(p);

		if (n && p[n - 1] == '*' ? !strncmp(name, p, n - 1)
					 : !strcmp(name, p))
			return true;
	}
	return false;
}

/*
 * What objtool's noinstr walk reads besides code (flow.c): patch and
 * branch tables, annotations, and the tables pv_ops[] is filled from.
 */
static bool want_flow_relocs(const struct section *sec)
{
	static const char *const names[] = {
		"__jump_table", "__ex_table", ".discard.unwind_hints",
		".discard.reachable", ".discard.unreachable",
		".discard.ignore_alts",
		".discard.func_stack_frame_non_standard",
	};
	static const char *const pv_tables[] = {
		"pv_ops", "xen_cpu_ops", "xen_irq_ops", "xen_mmu_ops",
	};
	unsigned int i;

	if (!opts.noinstr.nr || !sec->obj->arch->flow_decode)
		return false;
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(sec->name, names[i]))
			return true;
	for (i = 0; i < ARRAY_SIZE(pv_tables); i++) {
		struct symbol *sym = find_symbol_by_name(sec->obj,
							 pv_tables[i]);

		if (sym && sym->sec == sec)
			return true;
	}
	return false;
}

bool want_relocs(const struct section *sec)
{
	return want_flow_relocs(sec) ||
	       strstarts(sec->name, ".discard.realmode.") ||
	       !strcmp(sec->name, SEC_INSTR_BEGIN) ||
	       !strcmp(sec->name, SEC_INSTR_END) ||
	       !strcmp(sec->name, ".altinstructions") ||
	       !strcmp(sec->name, "__mcount_loc") ||
	       !strcmp(sec->name, "__patchable_function_entries") ||
	       !strcmp(sec->name, "__ftr_fixup") ||
	       !strcmp(sec->name, "__mmu_ftr_fixup") ||
	       !strcmp(sec->name, "__fw_ftr_fixup") ||
	       strstarts(sec->name, "__ftr_alt_");
}

struct gdef *find_gdef(struct program *prog, const char *name)
{
	return strmap_get(&prog->gdefs, name);
}

bool is_realmode(struct symbol *f)
{
	return f->alias->realmode || owner(f)->realmode;
}

/* ------------------------------------------------------------------ */
/* Metadata. */

static void check_entry(struct object *obj, const struct section *meta,
			const struct reloc *r)
{
	if (r->type != obj->arch->abs64)
		bad_input(obj->name, "corrupt %s: relocation type %u at "
			  "0x%lx, expected %u", meta->name, r->type,
			  r->offset, obj->arch->abs64);
}

/* The place a metadata entry of META means (ppc64 ELFv1: the code). */
static bool entry_place(struct object *obj, const struct section *meta,
			const struct reloc *r, struct section **sec,
			unsigned long *off)
{
	check_entry(obj, meta, r);
	if (!r->sym->sec)
		return false;
	*sec = r->sym->sec;
	*off = r->sym->offset + r->addend;
	if (!strcmp((*sec)->name, ".opd") && obj->arch->code_address)
		obj->arch->code_address(sec, off);
	return true;
}

static void mark_funcs(struct object *obj, struct section *meta)
{
	struct reloc *relocs = sec_relocs(meta);

	for (unsigned int i = 0; i < meta->nr_relocs; i++) {
		struct section *sec;
		struct symbol *f;
		unsigned long off;

		if (!entry_place(obj, meta, &relocs[i], &sec, &off))
			continue;
		f = find_func_covering(sec, off);
		if (f)
			f->realmode = true;
	}
}

int cmp_key(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a;
	unsigned long y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

unsigned long place_key(const struct section *sec, unsigned long off)
{
	return (unsigned long)sec_idx(sec) << 40 | (off & ((1ul << 40) - 1));
}

static void read_unchecked(struct object *obj, struct section *meta)
{
	struct reloc *relocs = sec_relocs(meta);

	obj->unchecked = xcalloc(meta->nr_relocs, sizeof(unsigned long));
	for (unsigned int i = 0; i < meta->nr_relocs; i++) {
		struct section *sec;
		unsigned long off;

		if (entry_place(obj, meta, &relocs[i], &sec, &off))
			obj->unchecked[obj->nr_unchecked++] =
				place_key(sec, off);
	}
	if (obj->nr_unchecked)
		qsort(obj->unchecked, obj->nr_unchecked,
		      sizeof(unsigned long), cmp_key);
}

static bool unchecked(const struct object *obj, const struct branch *br)
{
	unsigned long key = place_key(br->sec, br->insn);

	return obj->nr_unchecked &&
	       bsearch(&key, obj->unchecked, obj->nr_unchecked,
		       sizeof(unsigned long), cmp_key);
}

/*
 * instrumentation_begin() and instrumentation_end() put a nop in the code
 * and its place ("1b - .", PC-relative) in these tables.  Where the
 * machine has a flow walk (flow.c, x86_64) the markers are counted along
 * each path, as objtool does.  Elsewhere a call of a noinstr function is
 * sanctioned when more regions have begun than ended before it in the
 * function's code, in address order, which differs only where GCC moves
 * a region's code out of it.
 */
void read_instr_marks(struct section *meta, unsigned long **keys,
		      unsigned int *nr)
{
	struct reloc *relocs = sec_relocs(meta);

	/*
	 * An object may have several tables of one name: with
	 * -ffunction-sections GCC makes one __patchable_function_entries
	 * a function (SHF_LINK_ORDER), and ld -r keeps them apart.
	 */
	*keys = xrealloc(*keys, *nr + meta->nr_relocs + 1,
			 sizeof(unsigned long));
	for (unsigned int i = 0; i < meta->nr_relocs; i++) {
		const struct reloc *r = &relocs[i];

		if (r->sym->sec)
			(*keys)[(*nr)++] = place_key(r->sym->sec,
						     r->sym->offset + r->addend);
	}
	qsort(*keys, *nr, sizeof(unsigned long), cmp_key);
}

unsigned int keys_from(const unsigned long *keys, unsigned int nr,
		       unsigned long key)
{
	unsigned int a = 0, b = nr;

	while (a < b) {
		unsigned int m = a + (b - a) / 2;

		if (keys[m] < key)
			a = m + 1;
		else
			b = m;
	}
	return a;
}

unsigned int keys_between(const unsigned long *keys, unsigned int nr,
			  unsigned long lo, unsigned long hi)
{
	unsigned int first = keys_from(keys, nr, lo);

	return (hi == ~0UL ? nr : keys_from(keys, nr, hi + 1)) - first;
}

static bool in_instr_region(const struct call_site *cs)
{
	const struct object *obj = cs->func->obj;
	unsigned long lo, hi;

	if (!obj->nr_instr_begin || cs->br->sec != cs->func->sec)
		return false;
	lo = place_key(cs->func->sec, cs->func->offset);
	hi = place_key(cs->br->sec, cs->br->insn);
	return keys_between(obj->instr_begin, obj->nr_instr_begin, lo, hi) >
	       keys_between(obj->instr_end, obj->nr_instr_end, lo, hi);
}

static void read_promises(struct object *obj, struct section *meta)
{
	struct reloc *relocs = sec_relocs(meta);

	obj->promises = xcalloc(meta->nr_relocs, sizeof(char *));
	for (unsigned int i = 0; i < meta->nr_relocs; i++) {
		struct symbol *sym = relocs[i].sym;

		check_entry(obj, meta, &relocs[i]);
		if (sym->bind != STB_LOCAL && *sym->name)
			obj->promises[obj->nr_promises++] = sym->name;
	}
}

static void read_metadata(struct object *obj)
{
	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];

		if (!strcmp(sec->name, SEC_FUNCS) ||
		    !strcmp(sec->name, SEC_INFERRED)) {
			mark_funcs(obj, sec);
		} else if (!strcmp(sec->name, SEC_UNCHECKED)) {
			read_unchecked(obj, sec);
		} else if (!strcmp(sec->name, SEC_PROMISES)) {
			read_promises(obj, sec);
		} else if (!strcmp(sec->name, SEC_INSTR_BEGIN) &&
			   opts.noinstr.nr) {
			read_instr_marks(sec, &obj->instr_begin,
					 &obj->nr_instr_begin);
		} else if (!strcmp(sec->name, SEC_INSTR_END) &&
			   opts.noinstr.nr) {
			read_instr_marks(sec, &obj->instr_end,
					 &obj->nr_instr_end);
		} else {
			if (strmap_has(&opts.noinstr, sec->name))
				for (unsigned int j = 0; j < sec->nr_funcs; j++)
					sec->funcs[j]->alias->realmode = true;
			continue;
		}
		/* Each table is read once, here. */
		sec_relocs_drop(sec);
	}
}

/* ------------------------------------------------------------------ */
/* Code patched in at boot. */

static void add_alt(struct object *obj, const struct alt *a, void *arg)
{
	struct symbol *f = find_func_covering(a->orig_sec, a->orig_off);
	struct alt *alt;

	(void)obj;
	(void)arg;
	if (!f)
		return;
	alt = xmalloc(sizeof(*alt));
	*alt = *a;
	alt->next = f->alts;
	f->alts = alt;
}

/* ------------------------------------------------------------------ */
/* The program. */

/* Each function once: not aliases, not cold parts (they go with theirs). */
static bool function_proper(const struct symbol *f)
{
	return f->alias == f && f->pfunc == f;
}

static void add_def(struct gdef **slot, struct symbol *sym)
{
	unsigned int nr = *slot ? (*slot)->nr : 0;
	struct gdef *g;

	g = xrealloc(*slot, 1, sizeof(*g) + (nr + 1) * sizeof(g->defs[0]));
	g->defs[nr] = sym;
	g->nr = nr + 1;
	*slot = g;
}

static void index_globals(struct program *prog, struct object *obj)
{
	for (unsigned int i = 1; i < obj->nr_symbols; i++) {
		struct symbol *sym = &obj->symbols[i];
		struct gdef **slot;

		if (sym->func && function_proper(sym))
			stats.functions++;
		if (!sym->func || sym->bind == STB_LOCAL)
			continue;
		slot = (struct gdef **)strmap_slot(&prog->gdefs, sym->name);
		add_def(slot, sym);
	}
}

/*
 * Take the definition of a name the link takes, as ld does with the
 * objects in the order given (the kernel links its built-in.a whole):
 * the first strong one, else the first weak one.  Every call by that
 * name goes there, also from the object of a definition that lost.
 */
static void take_definition(struct gdef *g)
{
	unsigned int i;

	g->linked = g->defs[0];
	for (i = 0; i < g->nr; i++)
		if (g->defs[i]->bind == STB_GLOBAL) {
			g->linked = g->defs[i];
			break;
		}
	for (i = 0; i < g->nr; i++)
		g->defs[i]->overridden = g->defs[i] != g->linked;
	g->realmode = is_realmode(g->linked);
}

void program_prepare(struct program *prog)
{
	unsigned int i;

	for (i = 0; i < prog->objs.nr; i++) {
		struct object *obj = prog->objs.v[i];

		read_metadata(obj);
		if (obj->arch->alternatives)
			obj->arch->alternatives(obj, add_alt, NULL);
	}
	for (i = 0; i < prog->objs.nr; i++)
		index_globals(prog, prog->objs.v[i]);
	for (i = 0; i <= prog->gdefs.mask && prog->gdefs.v; i++)
		if (prog->gdefs.v[i].key)
			take_definition(prog->gdefs.v[i].val);
	stats.objects = prog->objs.nr;
}

/* ------------------------------------------------------------------ */
/* Calls. */

void resolve_branch(const struct branch *br, struct callee *ce)
{
	struct object *obj = br->sec->obj;
	struct symbol *sym = br->reloc ? br->reloc->sym : NULL;

	memset(ce, 0, sizeof(*ce));
	if (br->kind == BRANCH_ICALL || br->kind == BRANCH_IJUMP) {
		ce->indirect = true;
		return;
	}
	/* Bound by name: where the link puts it, not here. */
	if (sym && (sym->undef || !sym->sec || sym->overridden)) {
		ce->name = sym->name;
		ce->global = sym->bind != STB_LOCAL;
		return;
	}
	if (sym) {
		ce->sec = sym->sec;
		ce->off = sym->offset + br->reloc->addend + br->bias;
	} else {
		ce->sec = br->sec;
		ce->off = br->target;
	}
	if (!strcmp(ce->sec->name, ".opd") && obj->arch->code_address)
		obj->arch->code_address(&ce->sec, &ce->off);
	ce->func = find_func_covering(ce->sec, ce->off);
	if (sym && sym->func && sym->sec == ce->sec && sym->offset == ce->off) {
		ce->name = sym->name;
		ce->global = sym->bind != STB_LOCAL;
	} else if (ce->func) {
		ce->name = ce->func->name;
		ce->global = ce->func->bind != STB_LOCAL;
	}
}

struct walk {
	struct symbol *func;
	struct symbol *part;
	const struct alt *alt;
	call_fn fn;
	void *arg;
};

static void walk_branch(const struct branch *br, void *arg)
{
	struct walk *w = arg;
	struct call_site cs = { w->func, w->part, br, w->alt };
	struct callee ce;

	resolve_branch(br, &ce);
	if (!ce.indirect) {
		if (ce.func && owner(ce.func) == w->func)
			return;
		/* Within the patched-in code itself. */
		if (w->alt && ce.sec == w->alt->alt_sec &&
		    ce.off >= w->alt->alt_off &&
		    ce.off < w->alt->alt_off + w->alt->alt_len)
			return;
	}
	w->fn(&cs, &ce, w->arg);
}

static void walk_range(struct walk *w, struct section *sec,
		       unsigned long start, unsigned long end)
{
	const struct arch *arch = sec->obj->arch;
	unsigned long stop = arch->decode(sec, start, end, walk_branch, w);
	struct reloc *r;

	if (stop >= end || !arch->call_reloc)
		return;
	/* Undecodable bytes: the call relocations of the rest still count. */
	for (r = find_reloc_from(sec, stop); r && r < reloc_end(sec) &&
	     r->offset < end; r++) {
		struct branch br;

		if (arch->call_reloc(sec, r, &br) && br.insn >= stop)
			walk_branch(&br, w);
	}
}

void for_each_call(struct symbol *func, call_fn fn, void *arg)
{
	struct walk w = { func, func, NULL, fn, arg };
	struct symbol *part;
	const struct alt *alt;

	for (part = func; part; part = part == func ? first_cold(func) :
						      next_cold(part)) {
		w.part = part;
		w.alt = NULL;
		walk_range(&w, part->sec, part->offset, func_end(part));
		for (alt = part->alts; alt; alt = alt->next) {
			w.alt = alt;
			walk_range(&w, alt->alt_sec, alt->alt_off,
				   alt->alt_off + alt->alt_len);
		}
	}
}

/* ------------------------------------------------------------------ */
/* The check. */

static bool promised(const struct object *obj, const char *name)
{
	for (unsigned int i = 0; i < obj->nr_promises; i++)
		if (!strcmp(obj->promises[i], name))
			return true;
	return false;
}

static unsigned long site_offset(const struct call_site *cs)
{
	if (cs->alt)
		return cs->alt->orig_off - cs->part->offset;
	return cs->br->insn - cs->part->offset;
}

static char *where_patched(const struct call_site *cs)
{
	if (!cs->alt)
		return xstrdup("");
	return xasprintf(", in code patched in at boot from %s+0x%lx",
			 cs->alt->alt_sec->name,
			 cs->br->insn);
}

/*
 * Why CE is not a safe callee from OBJ, or NULL if it is: the function
 * there, or the one the link takes for its name.
 */
static char *unsafe_reason(struct check_ctx *c, struct object *obj,
			   const struct callee *ce)
{
	struct gdef *g = ce->name && ce->global ? find_gdef(c->prog, ce->name)
						: NULL;
	struct symbol *def = ce->func ? ce->func : g ? g->linked : NULL;

	if (def)
		return is_realmode(def) ? NULL :
		       xasprintf("defined in %s", def->obj->name);
	if (ce->global && promised(obj, ce->name))
		return NULL;
	if (ce->name)
		return xstrdup("defined in none of the given files");
	return NULL;
}

/* A violating call at FUNC()+OFF, or SECTION+OFF.  Frees MESSAGE. */
static void report_call(struct check_ctx *c, const char *file,
			const char *func, const char *section,
			unsigned long off, const char *callee, char *message)
{
	struct diag d = {
		.level = DIAG_ERROR,
		.kind = "call",
		.file = file,
		.func = func,
		.section = section,
		.off = off,
		.has_off = true,
		.callee = callee,
		.message = message,
	};

	report(&d);
	free(message);
	c->violations++;
}

static void violation(struct check_ctx *c, const struct call_site *cs,
		      const char *callee, char *message)
{
	report_call(c, cs->func->obj->name, cs->part->name, NULL,
		    site_offset(cs), callee, message);
}

/*
 * GCC may leave a function's cold part empty (an unreachable check
 * removed): a zero-sized "f.cold" covers no byte, but a jump to its start
 * is still a jump within f.
 */
static bool jumps_to_own_cold_part(struct symbol *func, const struct callee *ce)
{
	for (struct symbol *part = first_cold(func); part;
	     part = next_cold(part))
		if (part->sec == ce->sec && part->offset == ce->off)
			return true;
	return false;
}

/*
 * Why a call (or tail call) BR to CE from OBJ is a violation, or NULL
 * when it is not: an entry point never is safe; thunks and calls the
 * plugin sanctioned or --allow lets through are.
 */
char *judge_call(struct check_ctx *c, struct object *obj,
		 const struct branch *br, const struct callee *ce,
		 const char *call)
{
	struct symbol *func = find_func_covering(br->sec, br->insn);
	enum callee_class cls;
	char *why, *msg;

	if (ce->name && entry_point(ce->name))
		return xasprintf("%s to %s() (instrumentation entry point)",
				 call, ce->name);
	cls = ce->name ? obj->arch->classify(ce->name) : CALLEE_CALL;
	if (cls != CALLEE_CALL)
		return NULL;
	if (unchecked(obj, br)) {
		stats.sanctioned++;
		return NULL;
	}
	if (ce->name && strmap_has(&opts.allow, ce->name)) {
		stats.allowed++;
		return NULL;
	}
	if (!ce->name && func && jumps_to_own_cold_part(owner(func), ce))
		return NULL;
	/*
	 * x86 static_cpu_has(): a jump to a bit test in .altinstr_aux that
	 * jumps back, patched out at boot; part of the function, no call.
	 */
	if (!ce->name && !strcmp(ce->sec->name, ".altinstr_aux"))
		return NULL;
	if (!ce->name)
		return xasprintf("%s to %s+0x%lx, which is in no function",
				 call, ce->sec->name, ce->off);
	why = unsafe_reason(c, obj, ce);
	if (!why)
		return NULL;
	msg = xasprintf("%s to %s() which is not realmode (%s)", call,
			ce->name, why);
	free(why);
	return msg;
}

static void check_call(const struct call_site *cs, const struct callee *ce,
		       void *arg)
{
	struct check_ctx *c = arg;
	const char *call = cs->br->kind == BRANCH_JUMP ? "tail call" : "call";
	char *why, *patched;

	if (ce->indirect)
		return;		/* the plugin checks function pointer types */
	stats.calls++;
	/* The kernel's own regions sanction every call, as objtool does. */
	if (in_instr_region(cs)) {
		stats.sanctioned++;
		return;
	}
	why = judge_call(c, cs->func->obj, cs->br, ce, call);
	if (!why)
		return;
	patched = where_patched(cs);
	violation(c, cs, ce->name, xasprintf("%s%s", why, patched));
	free(why);
	free(patched);
}

void report_place(struct check_ctx *c, struct object *obj,
		  struct section *sec, unsigned long off, struct symbol *f,
		  const char *callee, char *message)
{
	report_call(c, obj->name, f ? f->name : NULL, sec->name,
		    f ? off - f->offset : off, callee, message);
}

static void check_promises(struct check_ctx *c, struct object *obj)
{
	for (unsigned int i = 0; i < obj->nr_promises; i++) {
		const char *name = obj->promises[i];
		struct gdef *g = find_gdef(c->prog, name);
		struct diag d = {
			.level = DIAG_ERROR,
			.kind = "promise",
			.file = obj->name,
			.func = name,
			.callee = name,
		};

		stats.promises++;
		if (!g || g->realmode || strmap_has(&opts.allow, name))
			continue;
		d.message = xasprintf("declared realmode here, but its "
				      "definition in %s is not realmode",
				      g->linked->obj->name);
		report(&d);
		free(d.message);
		c->violations++;
	}
}

/* What calls nothing but is instrumentation all the same. */
static void check_marks(struct check_ctx *c, struct symbol *f)
{
	struct marks m;

	function_marks(f, &m);
	for (unsigned int k = 0; k < NR_MARKS; k++) {
		struct diag d = {
			.level = DIAG_ERROR,
			.kind = "mark",
			.file = f->obj->name,
			.has_off = true,
		};

		if (!(m.kinds & (1u << k)))
			continue;
		d.func = m.part[k]->name;
		d.off = m.at[k] - m.part[k]->offset;
		d.message = xasprintf("%s, instrumentation without a call",
				      mark_name(k));
		report(&d);
		free(d.message);
		c->violations++;
	}
}

unsigned long check_realmode(struct program *prog)
{
	struct check_ctx c = { prog, 0 };

	for (unsigned int i = 0; i < prog->objs.nr; i++) {
		struct object *obj = prog->objs.v[i];
		bool flow = opts.noinstr.nr && flow_supported(obj);

		/* Objtool's walk for the noinstr sections, where it can. */
		if (flow)
			flow_check_object(&c, obj);
		for (unsigned int s = 1; s < obj->nr_sections; s++) {
			struct section *sec = &obj->sections[s];

			if (flow && sec->text &&
			    strmap_has(&opts.noinstr, sec->name))
				continue;
			for (unsigned int j = 0; j < sec->nr_funcs; j++) {
				struct symbol *f = sec->funcs[j];

				if (!function_proper(f) || !f->realmode)
					continue;
				stats.realmode++;
				for_each_call(f, check_call, &c);
				check_marks(&c, f);
			}
			/*
			 * Done with its code, most likely: on a big object,
			 * keeping the relocations of every section checked
			 * would be most of the memory.
			 */
			sec_relocs_drop(sec);
		}
		check_promises(&c, obj);
	}
	return c.violations;
}
