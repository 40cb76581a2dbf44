// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * attr.c - the realmode attribute.
 *
 * On a function, the attribute turns off, for that function only, every
 * kind of instrumentation GCC has a per-function switch for:
 *
 *   ASan/KASAN, HWASan, TSan/KCSAN, UBSan	no_sanitize (the SANITIZE_* mask)
 *   sanitizer coverage (GCC 12)		no_sanitize_coverage
 *   gcov (-fprofile-arcs)			no_profile_instrument_function
 *   -pg, -mfentry, -mprofile-kernel,
 *   -finstrument-functions			DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT
 *   -fpatchable-function-entry			patchable_function_entry (0, 0)
 *   -fstrub=all|internal (GCC 14)		strub ("callable"), unless a strub
 *						attribute was written
 *
 * strub is decided once the definition's attributes are all known (its
 * body parsed): a strub attribute may come after realmode in the same
 * list, and what the user asked for there stays, to be judged.
 *
 * The switches are set when the attribute is seen; declarations merge
 * them into the definition, in either order.  They are set again when a
 * body has been parsed and when a later declaration is merged into an
 * earlier definition.  Setting them
 * twice is harmless: realmode_mark() only adds what is missing.
 */
#include "realmode-plugin.h"

/*
 * An OpenMP outlined body copies its parent's attributes, but it is a
 * function of its own, run by other threads: realmode only if marked,
 * which it cannot be.  Calling it (GOMP_parallel) is what gets checked.
 */
static bool omp_child_p(const_tree fndecl)
{
	cgraph_node *node = cgraph_node::get(fndecl);

	return node && node->parallelized_function;
}

bool realmode_function_p(const_tree fndecl)
{
	return fndecl && TREE_CODE(fndecl) == FUNCTION_DECL &&
	       lookup_attribute("realmode", DECL_ATTRIBUTES(fndecl)) &&
	       !omp_child_p(fndecl);
}

/*
 * Attributes are prepended, never changed in place: attribute lists are
 * shared between declarations, and lookup_attribute() finds the first.
 */
static void prepend_attribute(tree fndecl, const char *name, tree args)
{
	DECL_ATTRIBUTES(fndecl) = tree_cons(get_identifier(name), args,
					    DECL_ATTRIBUTES(fndecl));
}

static void add_no_sanitize(tree fndecl)
{
	tree old = lookup_attribute("no_sanitize", DECL_ATTRIBUTES(fndecl));
	unsigned HOST_WIDE_INT mask = REALMODE_NO_SANITIZE_MASK;

	if (old) {
		if ((tree_to_uhwi(TREE_VALUE(old)) & mask) == mask)
			return;
		mask |= tree_to_uhwi(TREE_VALUE(old));
	}
	prepend_attribute(fndecl, "no_sanitize",
			  build_int_cst(unsigned_type_node, mask));
}

static void add_flag_attribute(tree fndecl, const char *name)
{
	if (!lookup_attribute(name, DECL_ATTRIBUTES(fndecl)))
		prepend_attribute(fndecl, name, NULL_TREE);
}

/*
 * GCC 14's -fstrub=all|internal scrubs the stack a function used, with
 * calls to libgcc's __strub_enter, __strub_update and __strub_leave.
 * strub ("callable") keeps a function out of it while functions that
 * are in it may still call it (strub ("disabled") forbids that).  What
 * the user wrote, on the function or its type, stays.  The argument is a
 * string with its NUL counted, as the parser builds it.
 */
static void add_strub_callable(tree fndecl)
{
	if (!COMPAT_HAVE_STRUB ||
	    lookup_attribute("strub", DECL_ATTRIBUTES(fndecl)) ||
	    lookup_attribute("strub", TYPE_ATTRIBUTES(TREE_TYPE(fndecl))))
		return;
	prepend_attribute(fndecl, "strub",
			  tree_cons(NULL_TREE, build_string(sizeof("callable"),
							    "callable"),
				    NULL_TREE));
}

/* patchable_function_entry (0, 0): no NOP area, no __patchable_function_entries record. */
static void add_no_patchable_entry(tree fndecl)
{
	tree old = lookup_attribute("patchable_function_entry",
				    DECL_ATTRIBUTES(fndecl));

	if (old && integer_zerop(TREE_VALUE(TREE_VALUE(old))))
		return;
	prepend_attribute(fndecl, "patchable_function_entry",
			  tree_cons(NULL_TREE, integer_zero_node,
				    tree_cons(NULL_TREE, integer_zero_node,
					      NULL_TREE)));
}

bool realmode_seen;

void realmode_mark(tree fndecl)
{
	realmode_seen = true;
	add_no_sanitize(fndecl);
	if (COMPAT_HAVE_NO_SANITIZE_COVERAGE)
		add_flag_attribute(fndecl, "no_sanitize_coverage");
	add_flag_attribute(fndecl, "no_profile_instrument_function");
	add_no_patchable_entry(fndecl);
	DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT(fndecl) = 1;
}

static bool function_type_p(const_tree t)
{
	return TREE_CODE(t) == FUNCTION_TYPE || TREE_CODE(t) == METHOD_TYPE;
}

static tree handle_realmode_attribute(tree *node, tree name,
				      tree args ATTRIBUTE_UNUSED,
				      int flags ATTRIBUTE_UNUSED,
				      bool *no_add_attrs)
{
	if (TREE_CODE(*node) == FUNCTION_DECL) {
		if (!realmode_opts.disable)
			realmode_mark(*node);
		return NULL_TREE;
	}
	/* On a function type it is a promise about the functions of that type. */
	if (TYPE_P(*node) && function_type_p(*node)) {
		realmode_types_seen = true;
		return NULL_TREE;
	}
	if (TREE_CODE(*node) == TYPE_DECL && function_type_p(TREE_TYPE(*node))) {
		tree type = TREE_TYPE(*node);

		realmode_types_seen = true;
		TREE_TYPE(*node) = build_type_attribute_variant(type,
			tree_cons(name, NULL_TREE, TYPE_ATTRIBUTES(type)));
		*no_add_attrs = true;
		return NULL_TREE;
	}

	warning(OPT_Wattributes,
		"%qE attribute ignored: it applies only to functions", name);
	*no_add_attrs = true;
	return NULL_TREE;
}

/*
 * No arguments: GCC itself rejects any with an error.  Neither decl nor
 * type is required, so the handler sees exactly what the attribute was
 * written on and can warn about variables, fields and other types.
 */
static struct attribute_spec realmode_attr = {
	.name = "realmode",
	.min_length = 0,
	.max_length = 0,
	.decl_required = false,
	.type_required = false,
	.function_type_required = false,
	.affects_type_identity = false,
	.handler = handle_realmode_attribute,
	.exclude = NULL,
};

void realmode_register_attributes(void *gcc_data ATTRIBUTE_UNUSED,
				  void *user_data ATTRIBUTE_UNUSED)
{
	register_attribute(&realmode_attr);
}

/*
 * A function declared with a realmode function type (a typedef of one)
 * is a realmode function: it is stripped and checked where it is
 * defined, not just trusted where it is called.
 */
static void realmode_by_type(tree fndecl)
{
	if (TREE_CODE(fndecl) != FUNCTION_DECL || realmode_opts.disable ||
	    !realmode_type_p(TREE_TYPE(fndecl)) ||
	    lookup_attribute("realmode", DECL_ATTRIBUTES(fndecl)))
		return;
	prepend_attribute(fndecl, "realmode", NULL_TREE);
	realmode_mark(fndecl);
}

/*
 * An internal attribute (a space in its name: no one can write it) on a
 * function whose body was parsed while it was realmode, so that the front
 * end inserted no checks into it.
 */
#define PARSED_REALMODE "realmode body"

/*
 * PLUGIN_PRE_GENERICIZE: a body was just parsed.  If the function is
 * realmode now, it was so before its body (attributes come only with
 * declarations), and the front end inserted no checks into it.
 */
void realmode_body_parsed(void *gcc_data, void *user_data ATTRIBUTE_UNUSED)
{
	tree fndecl = (tree)gcc_data;

	realmode_check_fnptr_body(fndecl);
	realmode_by_type(fndecl);
	if (!realmode_function_p(fndecl))
		return;
	/* A definition declares too: calls made by name (memcpy) count it. */
	realmode_note_declared(fndecl);
	realmode_mark(fndecl);
	add_strub_callable(fndecl);
	add_flag_attribute(fndecl, PARSED_REALMODE);
}

/*
 * A definition whose body was parsed before it became realmode: its
 * strub is decided now.  The front end inserts some UBSan checks while
 * it parses a body.  The strip pass removes their handler calls, but in
 * trap mode a check is a __builtin_trap() like any the user wrote, and
 * must stay: say so.
 */
static void late_attribute(tree fndecl)
{
	if (!DECL_SAVED_TREE(fndecl) ||
	    lookup_attribute(PARSED_REALMODE, DECL_ATTRIBUTES(fndecl)))
		return;
	add_flag_attribute(fndecl, PARSED_REALMODE);
	add_strub_callable(fndecl);
	if (!(flag_sanitize & compat_sanitize_trap() &
	      (SANITIZE_UNDEFINED | SANITIZE_UNDEFINED_NONDEFAULT)))
		return;
	warning_at(input_location, OPT_Wattributes,
		   "%<realmode%> given after the definition of %qD: the UBSan "
		   "checks already inserted in its body in trap mode stay; "
		   "put the attribute on the definition or an earlier "
		   "declaration", fndecl);
}

/* PLUGIN_FINISH_DECL: a declaration after the definition may bring the
 * attribute to a function whose body is already parsed.  Region markers
 * are noticed here, so files without them never look for them. */
void realmode_finish_decl(void *gcc_data, void *user_data ATTRIBUTE_UNUSED)
{
	tree decl = (tree)gcc_data;

	if (realmode_marker_p(decl))
		realmode_markers_seen = true;
	if (realmode_opts.disable)
		return;
	realmode_check_fnptr_var(decl);
	realmode_by_type(decl);
	if (!realmode_function_p(decl))
		return;
	realmode_note_declared(decl);
	realmode_mark(decl);
	late_attribute(decl);
}

/*
 * PLUGIN_ALL_IPA_PASSES_START.  In lto1 (the plugin given at link time)
 * no declaration is parsed: the attributes come from the LTO streams,
 * with the no_sanitize, no_instrument_function and other switches that
 * realmode_mark() added at compile time.  Notice the realmode functions
 * and region markers from the symbol table instead.
 */
void realmode_lto_start(void *gcc_data ATTRIBUTE_UNUSED,
			void *user_data ATTRIBUTE_UNUSED)
{
	cgraph_node *node;

	if (!in_lto_p)
		return;
	FOR_EACH_FUNCTION(node) {
		if (realmode_marker_p(node->decl))
			realmode_markers_seen = true;
		if (realmode_function_p(node->decl)) {
			realmode_seen = true;
			realmode_note_declared(node->decl);
		}
	}
}
