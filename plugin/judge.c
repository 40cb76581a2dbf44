// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * judge.c - the call rule, applied at the end of the unit to every call
 * instruction of every realmode function's final code (final.c), so
 * that calls made by expansion (memcpy for a copy, libgcc routines, the
 * zeroing of -ftrivial-auto-var-init) are judged like the others, in the
 * same compilation.  A call is allowed when it
 *
 *   1. lies in a sanctioned region (by its place in the final code);
 *   2. goes to a function declared or defined realmode here (known by
 *	its assembler name), or to an allowed symbol;
 *   3. is indirect, through a pointer to a realmode function type;
 *   4. goes to a function compiled in this unit whose code carries no
 *	instrumentation and whose own calls follow this rule.
 *
 * Rule 4 looks at the callee's code as compiled, not at the flags it was
 * compiled with: an asm-only inline helper compiled out of line under
 * KASAN has nothing to instrument.  Cycles are fine: every function a
 * realmode function may reach starts safe, and a fixpoint takes safety
 * away from those whose code is instrumented or calls something unsafe.
 */
#include "realmode-plugin.h"

enum call_verdict {
	CALL_OK,
	CALL_ENTRY,		/* an entry point: said as a stripping failure */
	CALL_EXTERNAL,		/* not declared realmode, no code here */
	CALL_UNSAFE,		/* compiled here, and unsafe */
	CALL_INDIRECT,		/* through a pointer type not realmode */
	CALL_DISPATCHED,	/* to target_clones versions not realmode */
};

/*
 * A call to a target_clones function goes to a dispatcher that the
 * loader resolves to one of the versions: not to the resolver's code,
 * which runs once, at load time.  Safe when every version is realmode,
 * as they all are when the function is.  (realmode-objcheck cannot
 * see the versions behind the ifunc: final.c records the call as
 * sanctioned.)
 */
bool realmode_dispatcher_p(tree decl, bool *realmode)
{
	cgraph_node *node = decl ? cgraph_node::get(decl) : NULL;

	if (!node || !node->dispatcher_function)
		return false;
	*realmode = true;
	for (cgraph_function_version_info *v = node->function_version(); v;
	     v = v->next)
		if (v->this_node != node &&
		    !realmode_function_p(v->this_node->decl))
			*realmode = false;
	return true;
}

/* The function compiled here whose code a call to C runs, if any. */
static struct fn_summary *callee_summary(const call_site *c)
{
	struct fn_summary *fn = NULL;

	if (c->decl) {
		cgraph_node *node = cgraph_node::get(c->decl);
		tree decl = node ? node->ultimate_alias_target()->decl : c->decl;

		fn = realmode_summary(decl, false);
	}
	if (!fn || !fn->compiled)
		fn = realmode_summary_named(c->name);
	return fn && fn->compiled ? fn : NULL;
}

/* Rule 1, by assembler name (or the declaration the call names). */
static bool realmode_callee_p(const call_site *c)
{
	return (c->decl && realmode_function_p(c->decl)) ||
	       realmode_declared_name_p(c->name);
}

static enum call_verdict judge_call(const call_site *c,
				    struct fn_summary **callee)
{
	bool realmode;

	*callee = NULL;
	if (c->in_region)
		return CALL_OK;
	if (!c->name)
		return realmode_type_p(c->fntype) ? CALL_OK : CALL_INDIRECT;
	if (instrumentation_symbol(c->name))
		return CALL_ENTRY;
	if (realmode_dispatcher_p(c->decl, &realmode))
		return realmode ? CALL_OK : CALL_DISPATCHED;
	*callee = callee_summary(c);
	if (realmode_callee_p(c) || realmode_allowed_p(c->name))
		return CALL_OK;
	if (!*callee)
		return CALL_EXTERNAL;
	if (realmode_function_p((*callee)->decl))
		return CALL_OK;
	/* reach() judged every callee a realmode function may reach. */
	return (*callee)->state == SAFE ? CALL_OK : CALL_UNSAFE;
}

/* --- rule 4 --- */

/* Every function of this unit that a realmode function may reach. */
static void reach(vec<fn_summary *> *reached)
{
	for (fn_summary *fn : realmode_summaries())
		if (fn->compiled && realmode_function_p(fn->decl))
			reached->safe_push(fn);
	for (unsigned i = 0; i < reached->length(); i++) {
		for (const call_site &c : (*reached)[i]->calls) {
			struct fn_summary *callee;

			if (c.in_region || !c.name ||
			    !(callee = callee_summary(&c)) || callee->reached ||
			    realmode_function_p(callee->decl))
				continue;
			callee->reached = true;
			callee->state = callee->instr_what ? UNSAFE : SAFE;
			reached->safe_push(callee);
		}
	}
}

static bool still_safe(struct fn_summary *fn)
{
	for (unsigned i = 0; i < fn->calls.length(); i++) {
		struct fn_summary *callee;

		if (judge_call(&fn->calls[i], &callee) != CALL_OK) {
			fn->why = i;
			return false;
		}
	}
	return true;
}

static void fixpoint(vec<fn_summary *> *reached)
{
	bool changed = true;

	while (changed) {
		changed = false;
		for (fn_summary *fn : *reached) {
			if (!fn->reached || fn->state != SAFE || still_safe(fn))
				continue;
			fn->state = UNSAFE;
			changed = true;
		}
	}
}

/* --- the notes --- */

/* The function as written, for a clone made by IPA (foo.constprop). */
static tree source_decl(tree fndecl)
{
	tree origin = DECL_ABSTRACT_ORIGIN(fndecl);

	return origin && TREE_CODE(origin) == FUNCTION_DECL ? origin : fndecl;
}

/* "(address sanitizer: its code calls __asan_load4_noabort)" */
static const char *instrumentation_reason(const struct fn_summary *fn,
					  char *buf, size_t size)
{
	if (fn->instr_sym)
		snprintf(buf, size, "%s: its code refers to %s",
			 fn->instr_what, fn->instr_sym);
	else
		snprintf(buf, size, "%s", fn->instr_what ? fn->instr_what :
			 "not judged");
	return buf;
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

static void explain_instrumented(tree callee, const char *why)
{
	if (DECL_DECLARED_INLINE_P(source_decl(callee))) {
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
		       source_decl(callee), why);
		return;
	}
	inform(DECL_SOURCE_LOCATION(callee), "%qD is instrumented in this "
	       "translation unit (%s); mark it %<realmode%>",
	       source_decl(callee), why);
}

static void explain_generated(const char *name, const construct *c,
			      location_t loc)
{
	switch (c ? c->kind : CONSTRUCT_NONE) {
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
		inform(loc, "%qD stays a call to %qs, which is not declared "
		       "realmode", c->what, name);
		break;
	default:
		if (!strcmp(name, "__hardcfr_check"))
			inform(loc, "%qs is the out-of-line check of "
			       "%<-fharden-control-flow-redundancy%>: turn it "
			       "off for this function with %<optimize "
			       "(\"no-harden-control-flow-redundancy\")%>, or "
			       "check inline with a higher %<--param "
			       "hardcfr-max-inline-blocks%>", name);
		else
			inform(loc, "call to %qs generated by the compiler (a "
			       "library routine), which is not declared "
			       "realmode", name);
		break;
	}
}

/* A declaration the user wrote, with a place to point at. */
static bool written_decl_p(tree decl)
{
	return decl && DECL_SOURCE_LOCATION(decl) > BUILTINS_LOCATION;
}

/* Defined in this unit, but its code is not compiled here (LTO). */
static bool defined_elsewhere_p(tree decl)
{
	cgraph_node *node = decl ? cgraph_node::get(decl) : NULL;

	return node && node->definition && !node->alias;
}

/* A callee with no code here: declared by the user, or generated. */
static void explain_external(const struct fn_summary *caller,
			     const call_site *c)
{
	const construct *cons = realmode_construct_at(caller, c->loc);
	tree decl = c->decl;
	const char *kind;

	/* The builtin the user called: its declaration, if one was written. */
	if (cons && cons->kind == CONSTRUCT_BUILTIN && written_decl_p(cons->what))
		decl = cons->what;
	if (cons && cons->kind != CONSTRUCT_BUILTIN) {
		explain_generated(c->name, cons, c->loc);
	} else if (defined_elsewhere_p(c->decl)) {
		kind = instrumentation_of(c->decl);
		inform(DECL_SOURCE_LOCATION(c->decl), "%qD is not compiled in "
		       "this partition, so only its flags are known (%s); "
		       "mark it %<realmode%>", source_decl(c->decl),
		       kind ? kind : "no instrumentation, but its calls are "
		       "not known");
	} else if (written_decl_p(decl)) {
		inform(DECL_SOURCE_LOCATION(decl), "%qD is not declared "
		       "realmode", source_decl(decl));
	} else {
		explain_generated(c->name, cons, c->loc);
	}
}

static void explain_chain(struct fn_summary *fn, int depth);

/*
 * Identical code folding made the callee an alias of another function
 * with the same code: the notes that follow are about that one.
 */
static void explain_merged(const call_site *c, const struct fn_summary *callee)
{
	if (c->decl && source_decl(c->decl) != source_decl(callee->decl))
		inform(DECL_SOURCE_LOCATION(c->decl), "%qD has the same code "
		       "as %qD and was merged with it", source_decl(c->decl),
		       source_decl(callee->decl));
}

/*
 * FN calls a part of its own source that GCC split out of it (ipa-split's
 * "f.part.0"): "'f' calls 'f'" would say nothing, so name the part.
 */
static bool explain_own_part(struct fn_summary *fn, const call_site *c,
			     struct fn_summary *callee, int depth)
{
	const char *part;
	char why[256];

	if (source_decl(fn->decl) != source_decl(callee->decl))
		return false;
	part = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(callee->decl));
	if (callee->why < 0) {
		inform(c->loc, "%qD calls a part of itself that GCC moved out "
		       "of line (%qs), which is instrumented (%s)",
		       source_decl(fn->decl), part,
		       instrumentation_reason(callee, why, sizeof(why)));
		return true;
	}
	inform(c->loc, "%qD calls a part of itself that GCC moved out of "
	       "line (%qs)", source_decl(fn->decl), part);
	explain_chain(callee, depth + 1);
	return true;
}

/* Why the call C of FN, which judge_call() refused, is unsafe. */
static void explain_link(struct fn_summary *fn, const call_site *c, int depth)
{
	struct fn_summary *callee;
	const construct *cons;
	char why[256];

	switch (judge_call(c, &callee)) {
	case CALL_INDIRECT:
		inform(c->loc, "%qD makes an indirect call through a pointer "
		       "whose type is not realmode", source_decl(fn->decl));
		break;
	case CALL_EXTERNAL:
		if (written_decl_p(c->decl)) {
			inform(c->loc, "%qD calls %qD, which is not declared "
			       "realmode", source_decl(fn->decl),
			       source_decl(c->decl));
			break;
		}
		inform(c->loc, "%qD calls %qs, which is not declared realmode",
		       source_decl(fn->decl), c->name);
		cons = realmode_construct_at(fn, c->loc);
		if (cons && cons->kind != CONSTRUCT_BUILTIN)
			explain_generated(c->name, cons, c->loc);
		break;
	case CALL_UNSAFE:
		if (explain_own_part(fn, c, callee, depth))
			break;
		if (callee->why < 0) {
			inform(c->loc, "%qD calls %qD, which is instrumented "
			       "(%s)", source_decl(fn->decl),
			       source_decl(callee->decl),
			       instrumentation_reason(callee, why,
						      sizeof(why)));
			break;
		}
		inform(c->loc, "%qD calls %qD", source_decl(fn->decl),
		       source_decl(callee->decl));
		explain_merged(c, callee);
		explain_chain(callee, depth + 1);
		break;
	default:
		break;
	}
}

static void explain_chain(struct fn_summary *fn, int depth)
{
	if (depth < 16 && fn->why >= 0)
		explain_link(fn, &fn->calls[fn->why], depth);
}

static void say_call(const verdict *v)
{
	const call_site *c = &v->fn->calls[v->index];
	tree caller = source_decl(v->fn->decl);
	struct fn_summary *callee;
	char why[256];
	const char *name;

	if (!c->name) {
		if (realmode_report(c->loc, "indirect call from realmode "
				    "function %qD may reach instrumented code",
				    caller))
			inform(c->loc, "indirect call through a pointer whose "
			       "type is not realmode");
		return;
	}
	name = c->decl && written_decl_p(c->decl) ?
	       lang_hooks.decl_printable_name(source_decl(c->decl), 1) :
	       c->name;
	if (!realmode_report(c->loc, "call to %qs from realmode function %qD "
			     "may reach instrumented code", name, caller))
		return;
	switch (judge_call(c, &callee)) {
	case CALL_DISPATCHED: {
		/* The dispatcher is made up; its first version was written. */
		cgraph_function_version_info *v =
			cgraph_node::get(c->decl)->function_version()->next;
		tree fn = v ? v->this_node->decl : c->decl;

		inform(DECL_SOURCE_LOCATION(fn), "%qD has %<target_clones%>: "
		       "the loader picks one of its versions, and not all "
		       "are realmode; mark it %<realmode%>", fn);
		break;
	}
	case CALL_UNSAFE:
		explain_merged(c, callee);
		if (callee->why < 0)
			explain_instrumented(callee->decl,
					     instrumentation_reason(callee, why,
								    sizeof(why)));
		else
			explain_chain(callee, 0);
		break;
	default:
		explain_external(v->fn, c);
		break;
	}
}

static void say_not_stripped(const verdict *v)
{
	const struct fn_summary *fn = v->fn;
	tree decl = source_decl(fn->decl);

	if (fn->instr_sym)
		error_at(v->loc, "realmode function %qD still refers to %qs "
			 "(%s): stripping instrumentation failed", decl,
			 fn->instr_sym, fn->instr_what);
	else if (!strcmp(fn->instr_what, "-pg"))
		error_at(v->loc, "realmode function %qD still calls the "
			 "profiler (%<-pg%>): stripping instrumentation "
			 "failed", decl);
	else
		error_at(v->loc, "realmode function %qD still has a %s: "
			 "stripping instrumentation failed", decl,
			 fn->instr_what);
}

/* --- the unit --- */

static void judge_realmode_function(struct fn_summary *fn, bool records)
{
	if (fn->instr_what)
		realmode_defer(say_not_stripped, DECL_SOURCE_LOCATION(fn->decl),
			       fn->decl, fn->instr_what, fn, -1, NULL_TREE);
	for (unsigned i = 0; i < fn->calls.length(); i++) {
		const call_site *c = &fn->calls[i];
		struct fn_summary *callee;
		enum call_verdict v = judge_call(c, &callee);

		if (v == CALL_OK) {
			/* Defined elsewhere: realmode-objcheck holds it to it. */
			if (records && c->name && !c->in_region && !callee &&
			    realmode_callee_p(c))
				realmode_record_promise_name(c->name);
		} else if (v != CALL_ENTRY) {
			realmode_defer(say_call, c->loc, fn->decl, c->name, fn,
				       i, NULL_TREE);
		}
	}
}

static bool judged;

/*
 * Judge every realmode function; with RECORDS, write what
 * realmode-objcheck needs (the functions found safe, the promises).
 */
static void judge(bool records)
{
	auto_vec<fn_summary *> reached;

	if (judged)
		return;
	judged = true;
	reach(&reached);
	fixpoint(&reached);
	for (fn_summary *fn : reached) {
		if (realmode_function_p(fn->decl))
			judge_realmode_function(fn, records);
		else if (records && fn->state == SAFE)
			realmode_record(".discard.realmode.inferred",
					fn->symbol);
	}
	realmode_flush_verdicts();
}

/* PLUGIN_FINISH_UNIT: every function of the unit is compiled. */
void realmode_judge_unit(void *gcc_data ATTRIBUTE_UNUSED,
			 void *user_data ATTRIBUTE_UNUSED)
{
	judge(true);
}

/*
 * PLUGIN_FINISH: another error stopped the compilation before the end of
 * the unit.  Say what was found all the same; no object is written.
 */
void realmode_judge_late(void *gcc_data ATTRIBUTE_UNUSED,
			 void *user_data ATTRIBUTE_UNUSED)
{
	judge(false);
}

/*
 * PLUGIN_ALL_IPA_PASSES_END: slim LTO objects hold no code, so nothing
 * here could be checked.
 */
void realmode_check_lto(void *gcc_data ATTRIBUTE_UNUSED,
			void *user_data ATTRIBUTE_UNUSED)
{
	if (!realmode_seen || seen_error() || !flag_generate_lto ||
	    flag_fat_lto_objects)
		return;
	if (in_lto_p)
		error_at(UNKNOWN_LOCATION, "realmode: an incremental link "
			 "(%<-r%>) with %<-flto%> generates no code, so the "
			 "realmode functions cannot be checked; add "
			 "%<-flinker-output=nolto-rel%>");
	else
		error_at(UNKNOWN_LOCATION, "realmode: %<-flto%> without "
			 "%<-ffat-lto-objects%> generates no code here, so "
			 "the realmode functions of this file cannot be "
			 "checked; add %<-ffat-lto-objects%>");
}
