// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * infer.c - rule 4: a function defined in this translation unit that gets
 * no instrumentation, and whose own calls follow the call rule, is safe to
 * call from a realmode function without being marked.
 *
 * Decided once, when the IPA passes are done (inlining is decided) and
 * before any function is expanded: by the time a realmode function is
 * checked, the bodies of callees compiled before it are gone.  Cycles are
 * fine: every candidate starts safe, and a fixpoint takes safety away
 * from those that are instrumented or call something unsafe.
 *
 * The verdicts are kept as attributes that nobody can write (a space in
 * the name), so they live exactly as long as the declarations:
 *   "realmode inferred"	safe; value: the realmode function that calls it
 *   "realmode unsafe"	value: (why, unsafe callee, location of the call)
 */
#include "realmode-plugin.h"

struct candidate {
	cgraph_node *node;
	tree root;		/* a realmode function that reaches it */
	bool safe;
	enum realmode_why why;
	tree why_callee;	/* the unsafe callee, when it calls one */
	location_t why_loc;	/* where it calls it */
};

static vec<candidate> candidates;
static hash_map<tree, unsigned> *candidate_index;

typedef void (*call_fn)(cgraph_edge *e, void *data);

/*
 * In lto1 the bodies are still on disk when the IPA passes end, and the
 * edges have no call statements yet: read the body of NODE (the one its
 * calls were inlined into) now, as expansion would later.  A clone not
 * yet materialized keeps its edges without statements.
 */
static void read_body(cgraph_node *node)
{
	if (node->inlined_to)
		node = node->inlined_to;
	if (in_lto_p && !node->clone_of && !gimple_has_body_p(node->decl))
		node->get_untransformed_body();
}

/* Calls that stay calls: an inlined edge stands for its callee's calls. */
static void for_each_call(cgraph_node *node, call_fn fn, void *data)
{
	read_body(node);
	for (cgraph_edge *e = node->callees; e; e = e->next_callee) {
		if (!e->inline_failed)
			for_each_call(e->callee, fn, data);
		else
			fn(e, data);
	}
	for (cgraph_edge *e = node->indirect_calls; e; e = e->next_callee)
		fn(e, data);
}

static tree edge_callee(cgraph_edge *e)
{
	if (e->indirect_unknown_callee)
		return NULL_TREE;
	return e->callee->ultimate_alias_target()->decl;
}

/* Builtins may expand inline; the RTL check judges those that do not. */
static bool settled_callee_p(tree callee)
{
	return realmode_safe_callee_p(callee) ||
	       fndecl_built_in_p(callee, BUILT_IN_NORMAL) ||
	       realmode_marker_p(callee);
}

static void add_candidate(cgraph_node *node, tree root)
{
	bool existed;
	unsigned &slot = candidate_index->get_or_insert(node->decl, &existed);
	candidate c = { node, root, true, WHY_NONE, NULL_TREE, UNKNOWN_LOCATION };

	if (existed)
		return;
	slot = candidates.length();
	candidates.safe_push(c);
}

static void discover_callee(cgraph_edge *e, void *root)
{
	tree callee = edge_callee(e);
	cgraph_node *n;

	if (!callee || settled_callee_p(callee))
		return;
	n = cgraph_node::get(callee);
	if (n && n->has_gimple_body_p())
		add_candidate(n, (tree)root);
}

/* Every function with a body here that a realmode function may reach. */
static void discover(cgraph_node *root_node)
{
	unsigned first = candidates.length();

	for_each_call(root_node, discover_callee, root_node->decl);
	for (unsigned i = first; i < candidates.length(); i++)
		for_each_call(candidates[i].node, discover_callee,
			      root_node->decl);
}

/* Is this call, from a candidate, safe as things stand? */
static bool call_ok(cgraph_edge *e, candidate *c)
{
	tree callee = edge_callee(e);
	unsigned *idx;

	if (!callee) {
		if (e->call_stmt &&
		    realmode_type_p(gimple_call_fntype(e->call_stmt)))
			return true;
		c->why = WHY_CALLS_INDIRECT;
	} else if (settled_callee_p(callee)) {
		return true;
	} else if ((idx = candidate_index->get(callee))) {
		if (candidates[*idx].safe)
			return true;
		c->why = WHY_CALLS_UNSAFE;
	} else {
		c->why = WHY_CALLS_EXTERNAL;
	}
	c->why_callee = callee;
	c->why_loc = e->call_stmt ? gimple_location(e->call_stmt) :
				    UNKNOWN_LOCATION;
	return false;
}

static void check_call(cgraph_edge *e, void *data)
{
	candidate *c = (candidate *)data;

	if (c->safe && !call_ok(e, c))
		c->safe = false;
}

static void fixpoint(void)
{
	bool changed = true;

	for (candidate &c : candidates) {
		if (instrumentation_of(c.node->decl)) {
			c.safe = false;
			c.why = WHY_INSTRUMENTED;
		}
	}
	while (changed) {
		changed = false;
		for (candidate &c : candidates) {
			if (!c.safe)
				continue;
			for_each_call(c.node, check_call, &c);
			changed |= !c.safe;
		}
	}
}

static void record_verdicts(void)
{
	for (candidate &c : candidates) {
		tree decl = c.node->decl;

		if (c.safe) {
			DECL_ATTRIBUTES(decl) = tree_cons(
				get_identifier("realmode inferred"), c.root,
				DECL_ATTRIBUTES(decl));
			continue;
		}
		DECL_ATTRIBUTES(decl) = tree_cons(
			get_identifier("realmode unsafe"),
			tree_cons(NULL_TREE,
				  build_int_cst(integer_type_node, c.why),
			tree_cons(NULL_TREE, c.why_callee,
			tree_cons(NULL_TREE,
				  build_int_cst(unsigned_type_node, c.why_loc),
				  NULL_TREE))),
			DECL_ATTRIBUTES(decl));
	}
}

/* PLUGIN_ALL_IPA_PASSES_END */
void realmode_infer(void *gcc_data ATTRIBUTE_UNUSED,
		    void *user_data ATTRIBUTE_UNUSED)
{
	cgraph_node *node;

	if (!realmode_seen || seen_error())
		return;
	/* Slim LTO objects hold no code: nothing here could be checked. */
	if (flag_generate_lto && !flag_fat_lto_objects) {
		if (in_lto_p)
			error_at(UNKNOWN_LOCATION, "realmode: an incremental "
				 "link (%<-r%>) with %<-flto%> generates no "
				 "code, so the realmode functions cannot be "
				 "checked; add %<-flinker-output=nolto-rel%>");
		else
			error_at(UNKNOWN_LOCATION, "realmode: %<-flto%> "
				 "without %<-ffat-lto-objects%> generates no "
				 "code here, so the realmode functions of this "
				 "file cannot be checked; add "
				 "%<-ffat-lto-objects%>");
		return;
	}
	candidate_index = new hash_map<tree, unsigned>;
	FOR_EACH_FUNCTION_WITH_GIMPLE_BODY(node)
		if (!node->inlined_to && realmode_function_p(node->decl))
			discover(node);
	fixpoint();
	record_verdicts();
	candidates.release();
	delete candidate_index;
	candidate_index = NULL;
}

bool realmode_inferred_p(const_tree fndecl)
{
	return lookup_attribute("realmode inferred", DECL_ATTRIBUTES(fndecl));
}

tree realmode_inferred_root(const_tree fndecl)
{
	tree a = lookup_attribute("realmode inferred", DECL_ATTRIBUTES(fndecl));

	return a ? TREE_VALUE(a) : NULL_TREE;
}

/* Why FNDECL is unsafe, as infer.c found it; false if it did not look. */
bool realmode_unsafe_why(const_tree fndecl, enum realmode_why *why,
			 tree *callee, location_t *loc)
{
	tree a = lookup_attribute("realmode unsafe", DECL_ATTRIBUTES(fndecl));

	if (!a)
		return false;
	a = TREE_VALUE(a);
	*why = (enum realmode_why)tree_to_shwi(TREE_VALUE(a));
	a = TREE_CHAIN(a);
	*callee = TREE_VALUE(a);
	*loc = (location_t)tree_to_uhwi(TREE_VALUE(TREE_CHAIN(a)));
	return true;
}
