// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * check.c - apply the call rule to every call of a realmode function, and
 * of every function infer.c found safe for one.
 *
 * Twice: after "optimized", where inlining is done and only real calls
 * remain, and late in RTL, for the calls expansion creates (memcpy for a
 * structure copy, memset for an initializer, libgcc helpers).  A call is
 * reported once, at the first of the two that sees it: builtins are left
 * to RTL, where it is known whether they became calls.
 */
#include "realmode-plugin.h"

/* What in the GIMPLE of this function may become a call during expansion. */
struct construct {
	location_t loc;		/* LOCATION_LOCUS of the statement */
	enum construct_kind kind;
	tree what;		/* the variable initialised, or the builtin */
	bool unchecked;		/* inside a sanctioned region */
};

static struct {
	tree fndecl;
	vec<construct> list;
	vec<location_t> unchecked_calls;	/* calls in regions */
} constructs;

/* The function as written, for a clone made by IPA (foo.constprop). */
static tree source_decl(tree fndecl)
{
	tree origin = DECL_ABSTRACT_ORIGIN(fndecl);

	return origin && TREE_CODE(origin) == FUNCTION_DECL ? origin : fndecl;
}

/* The realmode function on whose behalf FNDECL is checked. */
static tree realmode_root(tree fndecl)
{
	return realmode_function_p(fndecl) ? fndecl : realmode_inferred_root(fndecl);
}

bool realmode_checked_p(const_tree fndecl)
{
	return realmode_function_p(fndecl) || realmode_inferred_p(fndecl);
}

/* "from realmode function 'f'", or for an inferred one, who needs it. */
static bool report_call(location_t loc, tree caller, const char *callee)
{
	tree root = realmode_root(caller);

	if (root == caller)
		return realmode_report(loc, "call to %qs from realmode function "
				       "%qD may reach instrumented code",
				       callee, source_decl(caller));
	return realmode_report(loc, "call to %qs from %qD, which realmode "
			       "function %qD calls, may reach instrumented "
			       "code", callee, source_decl(caller),
			       source_decl(root));
}

static const char *always_inline_fixit(void)
{
	/* No preprocessor in lto1: parse_in is a weak reference there. */
	if (&parse_in && parse_in && cpp_defined(parse_in,
				    (const unsigned char *)"__always_inline",
				    strlen("__always_inline")))
		return "__always_inline ";
	return "__attribute__((always_inline)) ";
}

static void explain_instrumented(tree callee, const char *kind)
{
	if (DECL_DECLARED_INLINE_P(callee)) {
		rich_location richloc(line_table, DECL_SOURCE_LOCATION(callee));

		/*
		 * In C the attribute can go right before the name.  In C++
		 * the name may be qualified (S::f) or absent (a lambda):
		 * no fix-it there, only the advice.
		 */
		if (!lang_GNU_CXX())
			richloc.add_fixit_insert_before(always_inline_fixit());
		inform(&richloc, "%qD is declared inline but was not inlined, "
		       "and its out-of-line copy is instrumented (%s); mark it "
		       "%<__always_inline%> or %<realmode%>",
		       source_decl(callee), kind);
		return;
	}
	inform(DECL_SOURCE_LOCATION(callee), "%qD is instrumented in this "
	       "translation unit (%s); mark it %<realmode%>",
	       source_decl(callee), kind);
}

/* The chain from an unsafe function to what makes it unsafe. */
static void explain_chain(tree fn, int depth)
{
	enum realmode_why why;
	tree next;
	location_t where;
	const char *kind;

	if (depth > 16 || !realmode_unsafe_why(fn, &why, &next, &where))
		return;
	switch (why) {
	case WHY_CALLS_INDIRECT:
		inform(where, "%qD makes an indirect call through a pointer "
		       "whose type is not realmode", source_decl(fn));
		break;
	case WHY_CALLS_EXTERNAL:
		inform(where, "%qD calls %qD, which is not declared realmode",
		       source_decl(fn), source_decl(next));
		break;
	case WHY_CALLS_UNSAFE: {
		enum realmode_why next_why;
		tree unused_callee;
		location_t unused_loc;

		kind = instrumentation_of(next);
		if (kind && realmode_unsafe_why(next, &next_why, &unused_callee,
						&unused_loc) &&
		    next_why == WHY_INSTRUMENTED) {
			inform(where, "%qD calls %qD, which is instrumented "
			       "(%s)", source_decl(fn), source_decl(next), kind);
			break;
		}
		inform(where, "%qD calls %qD", source_decl(fn),
		       source_decl(next));
		explain_chain(next, depth + 1);
		break;
	}
	default:
		break;
	}
}

static void explain_callee(tree callee)
{
	enum realmode_why why;
	tree next;
	location_t where;
	const char *kind = instrumentation_of(callee);
	cgraph_node *node = cgraph_node::get(callee);

	if (realmode_unsafe_why(callee, &why, &next, &where) &&
	    why != WHY_INSTRUMENTED) {
		explain_chain(callee, 0);
	} else if (node && node->definition && kind) {
		explain_instrumented(callee, kind);
	} else {
		inform(DECL_SOURCE_LOCATION(callee), "%qD is not declared "
		       "realmode", source_decl(callee));
	}
}

static void check_direct_call(gimple *stmt, tree caller, tree callee)
{
	cgraph_node *node = cgraph_node::get(callee);

	if (realmode_function_p(callee) && !(node && node->definition))
		realmode_record_promise(callee);
	if (realmode_safe_callee_p(callee))
		return;
	if (report_call(gimple_location(stmt), caller,
			lang_hooks.decl_printable_name(source_decl(callee), 1)))
		explain_callee(callee);
}

static void check_indirect_call(gimple *stmt, tree caller)
{
	location_t loc = gimple_location(stmt);
	tree root = realmode_root(caller);
	bool shown;

	if (realmode_type_p(gimple_call_fntype(stmt)))
		return;
	if (root == caller)
		shown = realmode_report(loc, "indirect call from realmode "
					"function %qD may reach instrumented "
					"code", source_decl(caller));
	else
		shown = realmode_report(loc, "indirect call from %qD, which "
					"realmode function %qD calls, may "
					"reach instrumented code",
					source_decl(caller), source_decl(root));
	if (shown)
		inform(loc, "indirect call through a pointer whose type is not "
		       "realmode");
}

static void record(gimple *stmt, enum construct_kind kind, tree what,
		   bool unchecked)
{
	construct c = { LOCATION_LOCUS(gimple_location(stmt)), kind, what,
			unchecked };

	constructs.list.safe_push(c);
}

/* Aggregate copies and initialisations may become memcpy or memset. */
static void record_assign(gimple *stmt, bool unchecked)
{
	tree lhs = gimple_assign_lhs(stmt);
	tree rhs = gimple_assign_rhs1(stmt);

	if (!gimple_assign_single_p(stmt) || !AGGREGATE_TYPE_P(TREE_TYPE(lhs)))
		return;
	if (TREE_CODE(rhs) == CONSTRUCTOR ||
	    (VAR_P(rhs) && DECL_ARTIFICIAL(rhs) && TREE_READONLY(rhs)))
		record(stmt, CONSTRUCT_INIT, DECL_P(lhs) ? lhs : NULL_TREE,
		       unchecked);
	else
		record(stmt, CONSTRUCT_COPY, NULL_TREE, unchecked);
}

static void check_call(gimple *stmt, tree caller, bool unchecked)
{
	tree callee = gimple_call_fndecl(stmt);

	if (gimple_call_internal_p(stmt)) {
		tree var = compat_deferred_init_var(stmt);

		if (var)
			record(stmt, CONSTRUCT_AUTO_INIT, var, unchecked);
		return;
	}
	if (realmode_marker_stmt(stmt))
		return;
	if (callee && fndecl_built_in_p(callee, BUILT_IN_NORMAL)) {
		record(stmt, CONSTRUCT_BUILTIN, callee, unchecked);
		return;
	}
	if (unchecked) {
		constructs.unchecked_calls.safe_push(
			LOCATION_LOCUS(gimple_location(stmt)));
		return;
	}
	if (callee) {
		cgraph_node *node = cgraph_node::get(callee);

		check_direct_call(stmt, caller, node ?
				  node->ultimate_alias_target()->decl : callee);
	} else
		check_indirect_call(stmt, caller);
}

static void check_block(basic_block bb, tree caller, int depth)
{
	for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
	     gsi_next(&gsi)) {
		gimple *stmt = gsi_stmt(gsi);

		depth += realmode_marker_stmt(stmt);
		if (depth < 0)
			depth = 0;
		if (is_gimple_call(stmt))
			check_call(stmt, caller, depth > 0);
		else if (is_gimple_assign(stmt))
			record_assign(stmt, depth > 0);
	}
}

static unsigned int realmode_calls_execute(function *fun)
{
	int *depth = XNEWVEC(int, last_basic_block_for_fn(fun));
	basic_block bb;

	constructs.fndecl = fun->decl;
	constructs.list.truncate(0);
	constructs.unchecked_calls.truncate(0);
	if (!realmode_opts.disable) {
		realmode_regions(fun, depth);
		if (realmode_checked_p(fun->decl))
			FOR_EACH_BB_FN(bb, fun)
				if (depth[bb->index] >= 0)
					check_block(bb, fun->decl,
						    depth[bb->index]);
	}
	XDELETEVEC(depth);
	realmode_remove_markers(fun);
	return TODO_cleanup_cfg;
}

/* Realmode and inferred functions, and any function that uses markers. */
static bool realmode_calls_gate(function *fun)
{
	return realmode_checked_p(fun->decl) || realmode_calls_markers_p(fun);
}

REALMODE_PASS_GATED(gimple, GIMPLE_PASS, realmode_calls,
		    realmode_calls_gate, realmode_calls_execute)

/* --- RTL: the calls that expansion created --- */

static rtx call_target(rtx_insn *insn);

/*
 * A call the check let through without knowing the callee safe: in a
 * region, or allowed by name.  realmode-objcheck needs to know.
 */
bool realmode_sanctioned_call_p(function *fun, rtx_insn *insn)
{
	rtx target = call_target(insn);
	location_t loc = LOCATION_LOCUS(INSN_LOCATION(insn));
	tree decl;

	if (constructs.fndecl != fun->decl)
		return false;
	for (location_t l : constructs.unchecked_calls)
		if (l == loc)
			return true;
	for (const construct &c : constructs.list)
		if (c.unchecked && c.loc == loc)
			return true;
	if (!target || GET_CODE(target) != SYMBOL_REF)
		return false;
	decl = SYMBOL_REF_DECL(target);
	if (decl && TREE_CODE(decl) == FUNCTION_DECL &&
	    (realmode_function_p(decl) || realmode_inferred_p(decl) ||
	     realmode_type_p(TREE_TYPE(decl))))
		return false;
	if (realmode_declared_name_p(targetm.strip_name_encoding(XSTR(target, 0))))
		return false;
	return realmode_allowed_p(targetm.strip_name_encoding(XSTR(target, 0)));
}

static const construct *construct_at(location_t loc)
{
	loc = LOCATION_LOCUS(loc);
	if (loc == UNKNOWN_LOCATION)
		return NULL;
	for (const construct &c : constructs.list)
		if (c.loc == loc)
			return &c;
	return NULL;
}

static void explain_generated(const char *name, const construct *c)
{
	if (!c) {
		inform(UNKNOWN_LOCATION, "call to %qs generated by the compiler",
		       name);
		return;
	}
	switch (c->kind) {
	case CONSTRUCT_COPY:
		inform(c->loc, "call to %qs generated for a structure copy",
		       name);
		break;
	case CONSTRUCT_INIT:
		if (c->what)
			inform(c->loc, "call to %qs generated for the "
			       "initialization of %qD", name, c->what);
		else
			inform(c->loc, "call to %qs generated for an "
			       "initialization", name);
		break;
	case CONSTRUCT_AUTO_INIT:
		inform(c->loc, "call to %qs generated for "
		       "%<-ftrivial-auto-var-init%> of %qD", name, c->what);
		break;
	case CONSTRUCT_BUILTIN:
		inform(DECL_SOURCE_LOCATION(c->what), "%qD is not declared "
		       "realmode", c->what);
		break;
	}
}

static rtx call_target(rtx_insn *insn)
{
	rtx call = get_call_rtx_from(insn);
	rtx mem;

	if (!call || !MEM_P(mem = XEXP(call, 0)))
		return NULL_RTX;
	return XEXP(mem, 0);
}

/*
 * A call whose target is a function the GIMPLE check saw (a declaration
 * that is not a builtin) was judged there.  Others were created by
 * expansion or are builtins that stayed calls.
 */
struct reported {
	const char *name;
	location_t loc;
};

/* Once per callee and place: RTL may hold several calls for one copy. */
static bool reported_before(vec<reported> *seen, const char *name,
			    location_t loc)
{
	reported r = { name, LOCATION_LOCUS(loc) };

	for (const reported &p : *seen)
		if (p.loc == r.loc && !strcmp(p.name, r.name))
			return true;
	seen->safe_push(r);
	return false;
}

static void check_rtl_call(rtx_insn *insn, tree caller, vec<reported> *seen)
{
	rtx target = call_target(insn);
	tree decl;
	const char *name;
	const construct *c;
	location_t loc;

	if (!target || GET_CODE(target) != SYMBOL_REF)
		return;
	decl = SYMBOL_REF_DECL(target);
	name = targetm.strip_name_encoding(XSTR(target, 0));
	if (decl && TREE_CODE(decl) == FUNCTION_DECL &&
	    !fndecl_built_in_p(decl))
		return;
	if (instrumentation_entry_point_p(name) || realmode_allowed_p(name) ||
	    (decl && realmode_safe_callee_p(decl)))
		return;
	if (realmode_declared_name_p(name)) {
		realmode_record_promise_name(name);
		return;
	}
	loc = INSN_LOCATION(insn);
	if (LOCATION_LOCUS(loc) == UNKNOWN_LOCATION)
		loc = DECL_SOURCE_LOCATION(caller);
	c = construct_at(loc);
	if ((c && c->unchecked) || reported_before(seen, name, loc))
		return;
	if (report_call(loc, caller, name))
		explain_generated(name, c);
}

void realmode_check_rtl_calls(function *fun)
{
	auto_vec<reported> seen;

	if (realmode_opts.disable || constructs.fndecl != fun->decl)
		return;
	for (rtx_insn *insn = get_insns(); insn; insn = NEXT_INSN(insn))
		if (CALL_P(insn))
			check_rtl_call(insn, fun->decl, &seen);
}
