// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * strip.c - remove from a realmode function the instrumentation GCC has
 * no per-function switch for, and report (verbose) what was stripped.
 *
 * Runs after "optimized", the last GIMPLE pass at every -O level, so it
 * sees the calls of every instrumentation pass and of sanopt:
 *  - GCC 11 sanitizer coverage (__sanitizer_cov_*): no attribute turns
 *    the sancov pass off for one function;
 *  - UBSan checks the front end inserted while parsing a body that only a
 *    later declaration made realmode.
 * A removed check that would not have returned becomes
 * __builtin_unreachable(), so the CFG stays valid.
 */
#include "realmode-plugin.h"

static bool remove_entry_point_call(gimple_stmt_iterator *gsi)
{
	gimple *stmt = gsi_stmt(*gsi);
	tree fndecl = gimple_call_fndecl(stmt);

	if (!fndecl || !removable_entry_point_p(callee_symbol_name(fndecl)))
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

static unsigned int remove_leftover_calls(function *fun)
{
	unsigned int removed = 0;
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);

		while (!gsi_end_p(gsi)) {
			if (is_gimple_call(gsi_stmt(gsi)) &&
			    remove_entry_point_call(&gsi))
				removed++;
			else
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

REALMODE_GIMPLE_PASS(realmode_strip, realmode_strip_execute)
