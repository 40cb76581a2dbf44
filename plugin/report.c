// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * report.c - the plugin's diagnostics, held until the end of the unit.
 *
 * Once a compilation has an error, GCC expands no more functions to RTL,
 * so an error given while one function is compiled would hide the calls
 * that expansion creates in every later one.  The plugin records what it
 * finds (a verdict, with the function that says it) and says it all at
 * the end of the unit: every error of a file in one compilation, in
 * source order, each once.
 *
 * Trees that a verdict or a summary names are kept alive here for the
 * garbage collector.
 */
#include "realmode-plugin.h"
#include "ggc.h"

static vec<verdict> verdicts;
static vec<tree, va_gc> *kept;

const struct ggc_root_tab realmode_gc_roots[] = {
	{
		.base = &kept,
		.nelt = 1,
		.stride = sizeof(kept),
		.cb = &gt_ggc_mx_vec_tree_va_gc_,
		.pchw = &gt_pch_nx_vec_tree_va_gc_,
	},
	LAST_GGC_ROOT_TAB
};

void realmode_keep(tree t)
{
	if (t)
		vec_safe_push(kept, t);
}

void realmode_defer(verdict_emit_fn emit, location_t loc, tree caller,
		    const char *name, struct fn_summary *fn, int index,
		    tree what)
{
	verdict v = { emit, loc, caller, name, fn, index, what,
		      verdicts.length() };

	realmode_keep(caller);
	realmode_keep(what);
	verdicts.safe_push(v);
}

/* Where the user wrote it: a macro's expansion point, not its body. */
static location_t written_at(location_t loc)
{
	return linemap_resolve_location(line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL);
}

static int source_order(const void *pa, const void *pb)
{
	const verdict *a = (const verdict *)pa;
	const verdict *b = (const verdict *)pb;
	int c = linemap_compare_locations(line_table, written_at(b->loc),
					  written_at(a->loc));

	if (c)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* The same finding twice: RTL may hold several calls for one copy. */
static bool same(const verdict *a, const verdict *b)
{
	return a->emit == b->emit && a->caller == b->caller &&
	       a->what == b->what &&
	       LOCATION_LOCUS(a->loc) == LOCATION_LOCUS(b->loc) &&
	       !a->name == !b->name && (!a->name || !strcmp(a->name, b->name));
}

/* Say everything recorded so far, in source order, each once. */
void realmode_flush_verdicts(void)
{
	verdicts.qsort(source_order);
	for (unsigned i = 0; i < verdicts.length(); i++) {
		bool dup = false;

		for (unsigned j = 0; j < i && !dup; j++)
			dup = same(&verdicts[j], &verdicts[i]);
		if (dup)
			continue;
		/* "In function 'f':", as for diagnostics given in passes. */
		current_function_decl = verdicts[i].caller;
		verdicts[i].emit(&verdicts[i]);
		current_function_decl = NULL_TREE;
	}
	verdicts.truncate(0);
}

/*
 * Errors, or warnings with -fplugin-arg-realmode-warn (bringing up a
 * large tree).  A plugin cannot add a -W option, so a warning names the
 * argument that made it one, where GCC names a warning's option.
 * Returns whether it was shown, so that notes follow only a diagnostic
 * that was.
 */
bool realmode_report(location_t loc, const char *fmt, ...)
{
	va_list ap;
	bool shown;
	char *wfmt = NULL;

	if (realmode_opts.warn)
		wfmt = concat(fmt, " [-fplugin-arg-realmode-warn]", NULL);
	va_start(ap, fmt);
	shown = emit_diagnostic_valist(realmode_opts.warn ? DK_WARNING : DK_ERROR,
				       loc, 0, wfmt ? wfmt : fmt, &ap);
	va_end(ap);
	free(wfmt);
	return shown;
}
