// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * final.c - the last look at each function's code, just before branch
 * shortening, when no pass will add a call any more: every call
 * instruction (its target, and whether it lies in a sanctioned region),
 * and every trace of instrumentation (a call to an entry point, a gcov
 * counter, the profiler call, a patchable entry).  judge.c reads these
 * summaries at the end of the unit.
 *
 * Here too, sanctioned calls get their record for realmode-objcheck (a
 * label just before the instruction), and the region markers go.
 */
#include "realmode-plugin.h"
#include "rtl-iter.h"

static vec<fn_summary *> summaries;
static hash_map<tree, fn_summary *> *by_decl;
static hash_map<nofree_string_hash, fn_summary *> *by_symbol;

/* Every function of a file with realmode code; nothing elsewhere. */
bool realmode_summarized_p(function *fun ATTRIBUTE_UNUSED)
{
	return realmode_seen && !realmode_opts.disable;
}

vec<fn_summary *> &realmode_summaries(void)
{
	return summaries;
}

struct fn_summary *realmode_summary(tree decl, bool create)
{
	fn_summary **slot, *fn;

	if (!by_decl) {
		if (!create)
			return NULL;
		by_decl = new hash_map<tree, fn_summary *>;
		by_symbol = new hash_map<nofree_string_hash, fn_summary *>;
	}
	slot = by_decl->get(decl);
	if (slot || !create)
		return slot ? *slot : NULL;
	fn = XCNEW(fn_summary);
	fn->decl = decl;
	fn->why = -1;
	realmode_keep(decl);
	by_decl->put(decl, fn);
	summaries.safe_push(fn);
	return fn;
}

struct fn_summary *realmode_summary_named(const char *symbol)
{
	fn_summary **slot = by_symbol ? by_symbol->get(symbol) : NULL;

	return slot ? *slot : NULL;
}

static void instrumented(struct fn_summary *fn, const char *what,
			 const char *sym)
{
	if (!fn->instr_what) {
		fn->instr_what = what;
		fn->instr_sym = sym ? xstrdup(sym) : NULL;
	}
}

/* A reference to an entry point or a gcov counter, by name or by MEM. */
static void scan_insn(struct fn_summary *fn, rtx_insn *insn)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, PATTERN(insn), ALL) {
		const_rtx x = *iter;
		const char *name, *what;
		tree base;

		if (GET_CODE(x) == SYMBOL_REF) {
			name = targetm.strip_name_encoding(XSTR(x, 0));
			what = instrumentation_symbol(name);
			if (what)
				instrumented(fn, what, name);
		} else if (MEM_P(x) && MEM_EXPR(x) &&
			   (base = get_base_address(MEM_EXPR(x))) &&
			   instrumentation_var_p(base)) {
			/* Section anchors hide the counter's own symbol. */
			instrumented(fn, "gcov", IDENTIFIER_POINTER(
					 DECL_NAME(base)));
		}
	}
}

static rtx call_mem(rtx_insn *insn)
{
	rtx call = get_call_rtx_from(insn);

	return call && MEM_P(XEXP(call, 0)) ? XEXP(call, 0) : NULL_RTX;
}

/*
 * The function type of an indirect call: expansion gives the call's MEM
 * the expression called through, typed as the call was written.
 */
static tree called_type(rtx mem)
{
	tree expr = MEM_EXPR(mem);
	tree type = expr ? TREE_TYPE(expr) : NULL_TREE;

	return type && FUNC_OR_METHOD_TYPE_P(type) ? type : NULL_TREE;
}

/*
 * A call the object checker cannot judge by its callee: in a region,
 * allowed by name, or to target_clones versions the plugin found all
 * realmode.
 */
static bool sanctioned_p(const call_site *c)
{
	bool realmode;

	if (c->in_region)
		return true;
	if (realmode_dispatcher_p(c->decl, &realmode))
		return realmode;
	if (!c->name || realmode_declared_name_p(c->name) ||
	    (c->decl && realmode_function_p(c->decl)))
		return false;
	return realmode_allowed_p(c->name);
}

static void record_call(struct fn_summary *fn, rtx_insn *insn,
			const int *depth)
{
	rtx mem = call_mem(insn);
	rtx target = mem ? XEXP(mem, 0) : NULL_RTX;
	call_site c = { NULL, NULL_TREE, NULL_TREE, INSN_LOCATION(insn),
			false };

	if (!mem)
		return;
	if (GET_CODE(target) == SYMBOL_REF) {
		c.name = xstrdup(targetm.strip_name_encoding(XSTR(target, 0)));
		c.decl = SYMBOL_REF_DECL(target);
		if (c.decl && TREE_CODE(c.decl) != FUNCTION_DECL)
			c.decl = NULL_TREE;
	} else {
		c.fntype = called_type(mem);
	}
	if (LOCATION_LOCUS(c.loc) == UNKNOWN_LOCATION)
		c.loc = DECL_SOURCE_LOCATION(fn->decl);
	c.in_region = depth && depth[INSN_UID(insn)] > 0;
	realmode_keep(c.decl);
	realmode_keep(c.fntype);
	fn->calls.safe_push(c);
	if (sanctioned_p(&c))
		realmode_annotate_call(insn);
}

static bool patchable_entry_p(tree decl)
{
	tree pfe = lookup_attribute("patchable_function_entry",
				    DECL_ATTRIBUTES(decl));

	if (pfe)
		return !integer_zerop(TREE_VALUE(TREE_VALUE(pfe)));
	return flag_patchable_function_entry != NULL;
}

static unsigned int realmode_final_execute(function *fun)
{
	struct fn_summary *fn = realmode_summary(fun->decl, true);
	bool rm = realmode_function_p(fun->decl);
	int *depth = rm && realmode_markers_seen ?
		     realmode_insn_regions(fun) : NULL;
	auto_vec<rtx_insn *> markers;

	fn->symbol = xstrdup(symbol_of(fun->decl));
	fn->compiled = true;
	fn->calls.truncate(0);
	by_symbol->put(fn->symbol, fn);
	for (rtx_insn *insn = get_insns(); insn; insn = NEXT_INSN(insn)) {
		if (realmode_marker_insn(insn))
			markers.safe_push(insn);
		else if (INSN_P(insn))
			scan_insn(fn, insn);
		if (CALL_P(insn))
			record_call(fn, insn, depth);
	}
	for (rtx_insn *marker : markers)
		delete_insn(marker);
	if (crtl->profile)
		instrumented(fn, "-pg", NULL);
	if (patchable_entry_p(fun->decl))
		instrumented(fn, "patchable function entry", NULL);
	if (rm)
		realmode_record(".discard.realmode.funcs", fn->symbol);
	XDELETEVEC(depth);
	return 0;
}

REALMODE_RTL_PASS(realmode_final, realmode_summarized_p, realmode_final_execute)
