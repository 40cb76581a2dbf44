// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * strip.c - remove from a realmode function the instrumentation that GCC
 * has no per-function switch for, and what inlining brought in from the
 * instrumented bodies of other functions; report (verbose) what was
 * stripped.
 *
 * Runs after "optimized", the last GIMPLE pass at every -O level, so it
 * sees the calls of every instrumentation pass and of sanopt:
 *  - GCC 11 sanitizer coverage (__sanitizer_cov_*): no attribute turns
 *    the sancov pass off for one function;
 *  - UBSan checks the front end inserted while parsing a body that only a
 *    later declaration made realmode, or the body of an inlined helper:
 *    handler calls, and the overflow checks that expansion would turn
 *    into calls (.UBSAN_CHECK_ADD/SUB/MUL become the plain operation);
 *  - the -finstrument-functions calls of an inlined helper;
 *  - the gcov counter updates of an inlined helper (gcov instruments
 *    before IPA inlining), with the loads that fed them; a counter read
 *    that a loop optimiser made the loop's induction variable reads
 *    zero instead.
 * A removed check that would not have returned becomes
 * __builtin_unreachable(), so the CFG stays valid.  final.c looks again
 * at the final code; what is left there is a bug of this file.
 */
#include "realmode-plugin.h"

static bool remove_entry_point_call(gimple_stmt_iterator *gsi)
{
	gimple *stmt = gsi_stmt(*gsi);
	tree fndecl = gimple_call_fndecl(stmt);

	if (!fndecl || !removable_entry_point_p(symbol_of(fndecl)))
		return false;

	if (gimple_call_noreturn_p(stmt)) {
		tree unreachable = builtin_decl_implicit(BUILT_IN_UNREACHABLE);

		gsi_insert_before(gsi, gimple_build_call(unreachable, 0),
				  GSI_SAME_STMT);
	}
	if (gimple_vdef(stmt))
		unlink_stmt_vdef(stmt);
	gsi_remove(gsi, true);
	release_defs(stmt);
	return true;
}

/* .UBSAN_CHECK_ADD (a, b) and its kin: a + b, unchecked. */
static bool lower_overflow_check(gimple_stmt_iterator *gsi)
{
	gimple *stmt = gsi_stmt(*gsi);
	tree lhs = gimple_call_lhs(stmt);
	enum tree_code code;
	gassign *plain;

	switch (gimple_call_internal_p(stmt) ?
		gimple_call_internal_fn(stmt) : IFN_LAST) {
	case IFN_UBSAN_CHECK_ADD:
		code = PLUS_EXPR;
		break;
	case IFN_UBSAN_CHECK_SUB:
		code = MINUS_EXPR;
		break;
	case IFN_UBSAN_CHECK_MUL:
		code = MULT_EXPR;
		break;
	default:
		return false;
	}
	if (!lhs) {
		gsi_remove(gsi, true);
		return true;
	}
	plain = gimple_build_assign(lhs, code, gimple_call_arg(stmt, 0),
				    gimple_call_arg(stmt, 1));
	compat_set_location(plain, gimple_location(stmt));
	gsi_replace(gsi, plain, false);
	gsi_next(gsi);
	return true;
}

/* A gcov counter, or what points into one (an atomic update's address). */
static bool instrumentation_ref_p(tree ref)
{
	if (ref && TREE_CODE(ref) == ADDR_EXPR)
		ref = TREE_OPERAND(ref, 0);
	return ref && instrumentation_var_p(get_base_address(ref));
}

/* A store to a counter: a plain one, or an atomic builtin's. */
static bool counter_update_p(gimple *stmt)
{
	if (gimple_assign_single_p(stmt))
		return instrumentation_ref_p(gimple_assign_lhs(stmt));
	/* Not gimple_call_builtin_p(): gcov's argument types differ. */
	return is_gimple_call(stmt) && gimple_call_num_args(stmt) &&
	       !gimple_call_lhs(stmt) && gimple_call_fndecl(stmt) &&
	       fndecl_built_in_p(gimple_call_fndecl(stmt), BUILT_IN_NORMAL) &&
	       instrumentation_ref_p(gimple_call_arg(stmt, 0));
}

/* The loads and sums that only fed a removed counter update. */
static void remove_dead_feeders(vec<tree> *names)
{
	while (!names->is_empty()) {
		tree name = names->pop();
		gimple *def;
		gimple_stmt_iterator gsi;
		ssa_op_iter iter;
		tree op;

		if (TREE_CODE(name) != SSA_NAME || !has_zero_uses(name))
			continue;
		def = SSA_NAME_DEF_STMT(name);
		if (!is_gimple_assign(def) || gimple_vdef(def) ||
		    gimple_has_volatile_ops(def))
			continue;
		FOR_EACH_SSA_TREE_OPERAND(op, def, iter, SSA_OP_USE)
			names->safe_push(op);
		gsi = gsi_for_stmt(def);
		gsi_remove(&gsi, true);
		release_defs(def);
	}
}

static bool remove_counter_update(gimple_stmt_iterator *gsi)
{
	gimple *stmt = gsi_stmt(*gsi);
	auto_vec<tree> feeders;
	ssa_op_iter iter;
	tree op;

	if (!counter_update_p(stmt))
		return false;
	FOR_EACH_SSA_TREE_OPERAND(op, stmt, iter, SSA_OP_USE)
		feeders.safe_push(op);
	if (gimple_vdef(stmt))
		unlink_stmt_vdef(stmt);
	gsi_remove(gsi, true);
	release_defs(stmt);
	/* The iterator stays on the next statement: feeders come before. */
	remove_dead_feeders(&feeders);
	return true;
}

/*
 * A counter read whose value now feeds the function's own code: the
 * loop optimisers may take an inlined helper's loop counter as the
 * loop's induction variable, and then only the difference between its
 * values matters.  Any start serves: zero, read from nowhere.
 */
static bool forget_counter_read(gimple *stmt)
{
	bool changed = false;

	if (gimple_assign_single_p(stmt) &&
	    instrumentation_ref_p(gimple_assign_rhs1(stmt))) {
		gimple_assign_set_rhs1(stmt, build_zero_cst(TREE_TYPE(
					gimple_assign_lhs(stmt))));
		changed = true;
	} else {
		for (unsigned i = 0; i < gimple_num_ops(stmt); i++) {
			tree op = gimple_op(stmt, i);

			if (op && TREE_CODE(op) == ADDR_EXPR &&
			    instrumentation_ref_p(op)) {
				gimple_set_op(stmt, i,
					      build_zero_cst(TREE_TYPE(op)));
				changed = true;
			}
		}
	}
	if (changed)
		update_stmt(stmt);
	return changed;
}

static bool strip_stmt(gimple_stmt_iterator *gsi)
{
	gimple *stmt = gsi_stmt(*gsi);

	if (is_gimple_call(stmt) && (remove_entry_point_call(gsi) ||
				     lower_overflow_check(gsi)))
		return true;
	if (remove_counter_update(gsi))
		return true;
	/* Left in place: the caller moves on. */
	if (forget_counter_read(stmt))
		gsi_next(gsi);
	return false;
}

static unsigned int remove_leftover_calls(function *fun)
{
	unsigned int removed = 0;
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);

		while (!gsi_end_p(gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (strip_stmt(&gsi))
				removed++;
			else if (!gsi_end_p(gsi) && gsi_stmt(gsi) == stmt)
				gsi_next(&gsi);
		}
	}
	return removed;
}

/* The instrumentation this compilation asked for, as a reader knows it. */
static void describe_instrumentation(char *buf, size_t size)
{
	static const struct {
		bool on;
		const char *what;
	} kinds[] = {
		{ !!(flag_sanitize & SANITIZE_KERNEL_ADDRESS), "kernel-address" },
		{ (flag_sanitize & (SANITIZE_ADDRESS | SANITIZE_KERNEL_ADDRESS)) ==
		  SANITIZE_ADDRESS, "address" },
		{ !!(flag_sanitize & SANITIZE_HWADDRESS), "hwaddress" },
		{ !!(flag_sanitize & SANITIZE_THREAD), "thread" },
		{ !!(flag_sanitize & (SANITIZE_UNDEFINED |
				      SANITIZE_UNDEFINED_NONDEFAULT)), "undefined" },
		{ !!(flag_sanitize_coverage & SANITIZE_COV_TRACE_PC),
		  "coverage trace-pc" },
		{ !!(flag_sanitize_coverage & SANITIZE_COV_TRACE_CMP),
		  "coverage trace-cmp" },
		{ !!profile_arc_flag, "gcov" },
		{ !!profile_flag, "profiling (-pg)" },
		{ !!flag_patchable_function_entry, "patchable entry" },
		{ !!flag_instrument_function_entry_exit,
		  "instrument-functions" },
	};
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++) {
		if (!kinds[i].on || len >= size)
			continue;
		len += snprintf(buf + len, size - len, "%s%s",
				len ? ", " : "", kinds[i].what);
	}
}

static void report(function *fun, unsigned int removed)
{
	char kinds[256];

	describe_instrumentation(kinds, sizeof(kinds));
	if (!kinds[0])
		inform(DECL_SOURCE_LOCATION(fun->decl),
		       "realmode: %qD: no instrumentation enabled", fun->decl);
	else if (!removed)
		inform(DECL_SOURCE_LOCATION(fun->decl),
		       "realmode: %qD: stripped %s", fun->decl, kinds);
	else
		inform(DECL_SOURCE_LOCATION(fun->decl),
		       "realmode: %qD: stripped %s; removed %u "
		       "instrumentation call%s", fun->decl, kinds, removed,
		       removed == 1 ? "" : "s");
}

static unsigned int realmode_strip_execute(function *fun)
{
	unsigned int removed = remove_leftover_calls(fun);

	if (realmode_opts.verbose)
		report(fun, removed);
	return removed ? TODO_cleanup_cfg : 0;
}

REALMODE_GIMPLE_PASS(realmode_strip, realmode_fun_p, realmode_strip_execute)
