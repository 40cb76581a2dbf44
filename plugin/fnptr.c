// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fnptr.c - realmode function types.  An indirect call through a pointer
 * to a realmode function type is safe (rule 3), which holds only if every
 * function stored in such a pointer is realmode.  C lets any function of
 * the same signature be stored there (the attribute does not change type
 * identity), so the plugin warns where a function that is not realmode
 * is assigned, passed, returned or used in an initializer.
 *
 * Only files that declare a realmode function type pay for the walk.
 */
#include "realmode-plugin.h"

bool realmode_types_seen;

/* The same store can be reached twice (a declaration and its INIT_EXPR). */
static hash_set<int_hash<unsigned int, 0, 1> > *warned;

static bool realmode_pointer_type_p(const_tree type)
{
	return type && POINTER_TYPE_P(type) &&
	       FUNC_OR_METHOD_TYPE_P(TREE_TYPE(type)) &&
	       realmode_type_p(TREE_TYPE(type));
}

/* VALUE is about to be stored where TO_TYPE is expected. */
static void check_conversion(tree to_type, tree value, location_t loc)
{
	tree fn;

	if (!value || !realmode_pointer_type_p(to_type))
		return;
	STRIP_NOPS(value);
	if (TREE_CODE(value) != ADDR_EXPR)
		return;
	fn = TREE_OPERAND(value, 0);
	if (TREE_CODE(fn) != FUNCTION_DECL || realmode_function_p(fn) ||
	    realmode_type_p(TREE_TYPE(fn)))
		return;
	if (EXPR_HAS_LOCATION(value))
		loc = EXPR_LOCATION(value);
	if (!warned)
		warned = new hash_set<int_hash<unsigned int, 0, 1> >;
	if (loc > BUILTINS_LOCATION && warned->add(loc))
		return;
	warning_at(loc, 0, "%qD is not realmode, but is stored where a pointer "
		   "to a realmode function type %qT is expected", fn, to_type);
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

static tree check_tree(tree *tp, int *walk_subtrees ATTRIBUTE_UNUSED,
		       void *data ATTRIBUTE_UNUSED)
{
	tree t = *tp;
	location_t loc = EXPR_P(t) ? EXPR_LOCATION(t) : input_location;

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
	if (realmode_types_seen && DECL_SAVED_TREE(fndecl))
		walk_tree_without_duplicates(&DECL_SAVED_TREE(fndecl),
					     check_tree, NULL);
}

/* PLUGIN_FINISH_DECL: a variable's initializer, e.g. a table of handlers. */
void realmode_check_fnptr_var(tree decl)
{
	tree init;

	if (!realmode_types_seen || !VAR_P(decl) ||
	    !(init = DECL_INITIAL(decl)) || init == error_mark_node)
		return;
	if (TREE_CODE(init) == CONSTRUCTOR)
		walk_tree_without_duplicates(&DECL_INITIAL(decl), check_tree,
					     NULL);
	else
		check_conversion(TREE_TYPE(decl), init,
				 DECL_SOURCE_LOCATION(decl));
}
