// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * verify.c - the last look at a realmode function before it is written
 * out: no reference to an instrumentation entry point may be left, and
 * the profiler call that final() would add (-pg) must be off.  The same
 * pass checks the calls that RTL expansion created (check.c).
 *
 * Anything found here is a bug of the plugin, not of the user's code:
 * the per-function switches or the strip pass missed something.  It is
 * an error all the same, because the code would hang with the MMU off.
 */
#include "realmode-plugin.h"
#include "rtl-iter.h"
#include "target.h"

static void stripping_failed(function *fun, const char *what)
{
	error_at(DECL_SOURCE_LOCATION(fun->decl),
		 "realmode function %qD still calls %qs: stripping "
		 "instrumentation failed", fun->decl, what);
}

/* Report each entry point once per function, however often it is used. */
static void check_insn(function *fun, rtx_insn *insn, hash_set<nofree_string_hash> *seen)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, PATTERN(insn), ALL) {
		const_rtx x = *iter;
		const char *name;

		if (GET_CODE(x) != SYMBOL_REF)
			continue;
		name = targetm.strip_name_encoding(XSTR(x, 0));
		if (instrumentation_entry_point_p(name) && !seen->add(name))
			stripping_failed(fun, name);
	}
}

static void verify_stripped(function *fun)
{
	hash_set<nofree_string_hash> seen;

	for (rtx_insn *insn = get_insns(); insn; insn = NEXT_INSN(insn))
		if (INSN_P(insn))
			check_insn(fun, insn, &seen);

	if (crtl->profile)
		error_at(DECL_SOURCE_LOCATION(fun->decl),
			 "realmode function %qD still calls the profiler "
			 "(%<-pg%>): stripping instrumentation failed",
			 fun->decl);
}

/* Realmode functions, and those checked on their behalf (infer.c). */
static bool realmode_verify_gate(function *fun)
{
	return realmode_checked_p(fun->decl);
}

static unsigned int realmode_verify_execute(function *fun)
{
	if (realmode_function_p(fun->decl) && !realmode_opts.disable)
		verify_stripped(fun);
	realmode_check_rtl_calls(fun);
	if (!realmode_opts.disable)
		realmode_record_function(fun);
	return 0;
}

REALMODE_RTL_PASS(realmode_verify, realmode_verify_gate, realmode_verify_execute)
