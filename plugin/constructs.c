// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * constructs.c - what in a function's last GIMPLE may become a call when
 * it is expanded to RTL: an aggregate copy or initialisation (memcpy,
 * memset), the zeroing of -ftrivial-auto-var-init, a builtin that stays
 * a call.  Nothing here decides whether a call is allowed (judge.c does,
 * on the final code); it only lets a note say which construct of the
 * source a generated call came from.
 */
#include "realmode-plugin.h"

static void record(struct fn_summary *fn, gimple *stmt,
		   enum construct_kind kind, tree what)
{
	construct c = { LOCATION_LOCUS(gimple_location(stmt)), kind, what };

	if (c.loc == UNKNOWN_LOCATION)
		return;
	realmode_keep(what);
	fn->constructs.safe_push(c);
}

static void record_assign(struct fn_summary *fn, gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	tree rhs = gimple_assign_rhs1(stmt);

	if (!gimple_assign_single_p(stmt) || !AGGREGATE_TYPE_P(TREE_TYPE(lhs)))
		return;
	if (TREE_CODE(rhs) == CONSTRUCTOR ||
	    (VAR_P(rhs) && DECL_ARTIFICIAL(rhs) && TREE_READONLY(rhs)))
		record(fn, stmt, CONSTRUCT_INIT, DECL_P(lhs) ? lhs : NULL_TREE);
	else
		record(fn, stmt, CONSTRUCT_COPY, NULL_TREE);
}

static void record_call(struct fn_summary *fn, gimple *stmt)
{
	tree callee = gimple_call_fndecl(stmt);
	tree var = compat_deferred_init_var(stmt);

	if (var)
		record(fn, stmt, CONSTRUCT_AUTO_INIT, var);
	else if (callee && fndecl_built_in_p(callee, BUILT_IN_NORMAL))
		record(fn, stmt, CONSTRUCT_BUILTIN, callee);
}

static unsigned int realmode_constructs_execute(function *fun)
{
	struct fn_summary *fn = realmode_summary(fun->decl, true);
	basic_block bb;

	fn->constructs.truncate(0);
	FOR_EACH_BB_FN(bb, fun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb);
		     !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (is_gimple_call(stmt))
				record_call(fn, stmt);
			else if (is_gimple_assign(stmt))
				record_assign(fn, stmt);
		}
	}
	return 0;
}

REALMODE_GIMPLE_PASS(realmode_constructs, realmode_summarized_p,
		     realmode_constructs_execute)

/* The construct written at LOC, if one may have become a call there. */
const construct *realmode_construct_at(const struct fn_summary *fn,
				       location_t loc)
{
	loc = LOCATION_LOCUS(loc);
	if (!fn || loc == UNKNOWN_LOCATION)
		return NULL;
	for (const construct &c : fn->constructs)
		if (c.loc == loc)
			return &c;
	return NULL;
}
