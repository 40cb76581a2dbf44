// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fnptr.c - realmode function types.  An indirect call through a pointer
 * to a realmode function type is safe (rule 3), which holds only if every
 * function stored in such a pointer is realmode.  C and C++ let any
 * function pointer of the same signature be stored there (the attribute
 * does not change type identity), so every implicit conversion that adds
 * realmode is an error: a function that is not realmode, or a pointer
 * whose type is not realmode, assigned, used to initialise, passed,
 * returned, or chosen by a conditional.  An explicit cast is the escape:
 * the programmer says the function is safe.
 *
 * Only files that declare a realmode function type pay for the walk.
 */
#include "realmode-plugin.h"

bool realmode_types_seen;

static bool fnptr_type_p(const_tree type)
{
	return type && POINTER_TYPE_P(type) &&
	       FUNC_OR_METHOD_TYPE_P(TREE_TYPE(type));
}

static bool realmode_pointer_type_p(const_tree type)
{
	return fnptr_type_p(type) && realmode_type_p(TREE_TYPE(type));
}

static location_t expr_or(tree t, location_t loc)
{
	return EXPR_P(t) && EXPR_HAS_LOCATION(t) ? EXPR_LOCATION(t) : loc;
}

/*
 * A cast the programmer wrote.  C: the front end gives an implicit
 * conversion no location, the location of what it converts, or that of
 * the conditional (CONTEXT) whose arm it converts; a cast has the
 * location of its parenthesis.  (C++ leaves no trace of a cast between
 * function pointer types that differ only in realmode; there a cast
 * through void * says it.)
 */
static bool explicit_cast_p(tree conv, location_t context)
{
	tree from = TREE_OPERAND(conv, 0);

	return EXPR_HAS_LOCATION(conv) &&
	       EXPR_LOCATION(conv) != expr_or(from, UNKNOWN_LOCATION) &&
	       EXPR_LOCATION(conv) != context;
}

static void say_function(const verdict *v)
{
	realmode_report(v->loc, "%qD is not realmode, but is stored where a "
			"pointer to a realmode function type is expected",
			v->what);
}

static void say_pointer(const verdict *v)
{
	if (realmode_report(v->loc, "conversion from %qT adds %<realmode%> to "
			    "a function pointer type", v->what))
		inform(v->loc, "a function called through it must be "
		       "realmode; cast explicitly if it is");
}

static void check_value(tree to_type, tree value, location_t loc,
			location_t context);

/* A conditional or a comma: each value that may be stored. */
static bool check_parts(tree to_type, tree value, location_t loc)
{
	location_t here = expr_or(value, UNKNOWN_LOCATION);

	switch (TREE_CODE(value)) {
	case COND_EXPR:
		if (TREE_OPERAND(value, 1))
			check_value(to_type, TREE_OPERAND(value, 1), loc, here);
		check_value(to_type, TREE_OPERAND(value, 2), loc, here);
		return true;
	case COMPOUND_EXPR:
		check_value(to_type, TREE_OPERAND(value, 1), loc, here);
		return true;
	default:
		return false;
	}
}

static void check_value(tree to_type, tree value, location_t loc,
			location_t context)
{
	tree fn;

	value = tree_strip_any_location_wrapper(value);
	if (check_parts(to_type, value, loc))
		return;
	while (CONVERT_EXPR_P(value)) {
		if (explicit_cast_p(value, context))
			return;
		value = tree_strip_any_location_wrapper(TREE_OPERAND(value, 0));
	}
	loc = expr_or(value, loc);
	if (TREE_CODE(value) == ADDR_EXPR &&
	    TREE_CODE(fn = TREE_OPERAND(value, 0)) == FUNCTION_DECL) {
		if (!realmode_function_p(fn) && !realmode_type_p(TREE_TYPE(fn)))
			realmode_defer(say_function, loc, current_function_decl,
				       NULL, NULL, 0, fn);
	} else if (fnptr_type_p(TREE_TYPE(value)) &&
		   !realmode_pointer_type_p(TREE_TYPE(value))) {
		realmode_defer(say_pointer, loc, current_function_decl, NULL,
			       NULL, 0, TREE_TYPE(value));
	}
}

/* VALUE is about to be stored where TO_TYPE is expected. */
static void check_conversion(tree to_type, tree value, location_t loc)
{
	if (value && realmode_pointer_type_p(to_type))
		check_value(to_type, value, loc, UNKNOWN_LOCATION);
}

static void check_call_args(tree call, location_t loc)
{
	tree fntype = TREE_TYPE(TREE_TYPE(CALL_EXPR_FN(call)));
	tree parm = TYPE_ARG_TYPES(fntype);

	for (int i = 0; i < call_expr_nargs(call) && parm;
	     i++, parm = TREE_CHAIN(parm))
		check_conversion(TREE_VALUE(parm), CALL_EXPR_ARG(call, i), loc);
}

static void check_constructor(tree ctor, location_t loc)
{
	unsigned HOST_WIDE_INT i;
	tree field, value;
	tree type = TREE_TYPE(ctor);

	FOR_EACH_CONSTRUCTOR_ELT(CONSTRUCTOR_ELTS(ctor), i, field, value) {
		if (TREE_CODE(type) == ARRAY_TYPE)
			check_conversion(TREE_TYPE(type), value, loc);
		else if (field && TREE_CODE(field) == FIELD_DECL)
			check_conversion(TREE_TYPE(field), value, loc);
	}
}

/* DATA: the location of the innermost statement with one (a return). */
static tree check_tree(tree *tp, int *walk_subtrees ATTRIBUTE_UNUSED,
		       void *data)
{
	tree t = *tp;
	location_t *last = (location_t *)data;
	location_t loc;

	if (EXPR_P(t) && EXPR_HAS_LOCATION(t))
		*last = EXPR_LOCATION(t);
	loc = *last;

	switch (TREE_CODE(t)) {
	case MODIFY_EXPR:
	case INIT_EXPR:
		check_conversion(TREE_TYPE(TREE_OPERAND(t, 0)),
				 TREE_OPERAND(t, 1), loc);
		break;
	case CALL_EXPR:
		if (CALL_EXPR_FN(t) && POINTER_TYPE_P(TREE_TYPE(CALL_EXPR_FN(t))))
			check_call_args(t, loc);
		break;
	case DECL_EXPR:
		if (VAR_P(DECL_EXPR_DECL(t)))
			check_conversion(TREE_TYPE(DECL_EXPR_DECL(t)),
					 DECL_INITIAL(DECL_EXPR_DECL(t)),
					 DECL_SOURCE_LOCATION(DECL_EXPR_DECL(t)));
		break;
	case CONSTRUCTOR:
		check_constructor(t, loc);
		break;
	default:
		break;
	}
	return NULL_TREE;
}

/* PLUGIN_PRE_GENERICIZE: the body of any function of such a file. */
void realmode_check_fnptr_body(tree fndecl)
{
	location_t loc = DECL_SOURCE_LOCATION(fndecl);

	if (realmode_types_seen && DECL_SAVED_TREE(fndecl))
		walk_tree_without_duplicates(&DECL_SAVED_TREE(fndecl),
					     check_tree, &loc);
}

/* PLUGIN_FINISH_DECL: a variable's initializer, e.g. a table of handlers. */
void realmode_check_fnptr_var(tree decl)
{
	location_t loc = DECL_SOURCE_LOCATION(decl);
	tree init;

	if (!realmode_types_seen || !VAR_P(decl) ||
	    !(init = DECL_INITIAL(decl)) || init == error_mark_node)
		return;
	if (TREE_CODE(init) == CONSTRUCTOR)
		walk_tree_without_duplicates(&DECL_INITIAL(decl), check_tree,
					     &loc);
	else
		check_conversion(TREE_TYPE(decl), init,
				 DECL_SOURCE_LOCATION(decl));
}
