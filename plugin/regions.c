// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * regions.c - sanctioned regions: realmode_unchecked_begin() and
 * realmode_unchecked_end() in realmode.h call two external functions that
 * no one defines.  Being calls with unknown effects, they keep their place
 * among the other calls through every optimisation; after the check the
 * plugin deletes them, so they cost no instruction.
 *
 * Calls between them are not checked (the code there runs only with the
 * MMU on), but a region must close on every path it opens on, must not
 * nest, and may only be written in a realmode function.
 */
#include "realmode-plugin.h"
#include "tree-cfg.h"

bool realmode_markers_seen;

static int marker_kind(const_tree decl)
{
	static tree begin_id, end_id;

	if (!decl || TREE_CODE(decl) != FUNCTION_DECL || !DECL_NAME(decl))
		return 0;
	if (!begin_id) {
		begin_id = get_identifier("__realmode_unchecked_begin");
		end_id = get_identifier("__realmode_unchecked_end");
	}
	if (DECL_NAME(decl) == begin_id)
		return +1;
	if (DECL_NAME(decl) == end_id)
		return -1;
	return 0;
}

bool realmode_marker_p(const_tree decl)
{
	return marker_kind(decl) != 0;
}

/* +1 for a begin marker, -1 for an end marker, 0 for any other statement. */
int realmode_marker_stmt(const gimple *stmt)
{
	if (!is_gimple_call(stmt))
		return 0;
	return marker_kind(gimple_call_fndecl(stmt));
}

/*
 * PLUGIN_ALL_IPA_PASSES_END: the call graph still has its edges (the
 * optimisation passes drop them later), so note here which functions end
 * up with a marker in their body, inlined ones included.
 */
void realmode_find_marker_users(void *gcc_data ATTRIBUTE_UNUSED,
				void *user_data ATTRIBUTE_UNUSED)
{
	cgraph_node *node;

	if (!realmode_markers_seen)
		return;
	FOR_EACH_FUNCTION(node) {
		if (!realmode_marker_p(node->decl))
			continue;
		for (cgraph_edge *e = node->callers; e; e = e->next_caller) {
			cgraph_node *user = e->caller->inlined_to ?
					    e->caller->inlined_to : e->caller;
			tree *attrs = &DECL_ATTRIBUTES(user->decl);

			if (!lookup_attribute("realmode markers", *attrs))
				*attrs = tree_cons(get_identifier(
						"realmode markers"),
						NULL_TREE, *attrs);
		}
	}
}

bool realmode_calls_markers_p(function *fun)
{
	return realmode_markers_seen &&
	       lookup_attribute("realmode markers", DECL_ATTRIBUTES(fun->decl));
}

/* The function a statement was written in, before any inlining. */
static tree origin_function(const gimple *stmt, function *fun)
{
	for (tree b = gimple_block(stmt); b && TREE_CODE(b) == BLOCK;
	     b = BLOCK_SUPERCONTEXT(b)) {
		if (inlined_function_outer_scope_p(b)) {
			tree origin = block_ultimate_origin(b);

			if (origin && TREE_CODE(origin) == FUNCTION_DECL)
				return origin;
		}
	}
	return fun->decl;
}

static const char *marker_name(int kind)
{
	return kind > 0 ? "realmode_unchecked_begin" : "realmode_unchecked_end";
}

struct region_walk {
	int *depth;		/* at the entry of each block, -1: not reached */
	location_t *opened;	/* where the open region began */
	bool reported;		/* one imbalance error a function is enough */
};

static void imbalance(struct region_walk *w, location_t loc, const char *why)
{
	if (w->reported)
		return;
	w->reported = true;
	error_at(loc, "%<realmode_unchecked_begin%> %s", why);
}

/* Apply one block's markers to (depth, opened); report what is wrong. */
static void walk_block(basic_block bb, function *fun, int *depth,
		       location_t *opened)
{
	for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
	     gsi_next(&gsi)) {
		gimple *stmt = gsi_stmt(gsi);
		int kind = realmode_marker_stmt(stmt);
		location_t loc;

		if (!kind)
			continue;
		/* Where the user wrote the macro, not realmode.h. */
		loc = linemap_resolve_location(line_table,
					       gimple_location(stmt),
					       LRK_MACRO_EXPANSION_POINT, NULL);
		if (!realmode_function_p(origin_function(stmt, fun))) {
			error_at(loc, "%qs outside a realmode function",
				 marker_name(kind));
		} else if (kind > 0 && *depth) {
			error_at(loc, "%<realmode_unchecked_begin%> inside a "
				 "region that is already open");
		} else if (kind < 0 && !*depth) {
			error_at(loc, "%<realmode_unchecked_end%> without a "
				 "matching %<realmode_unchecked_begin%>");
		} else {
			*depth += kind;
			*opened = loc;
		}
	}
}

static void propagate(basic_block bb, function *fun, struct region_walk *w,
		      vec<basic_block> *work)
{
	int depth = w->depth[bb->index];
	location_t opened = w->opened[bb->index];
	edge e;
	edge_iterator ei;

	walk_block(bb, fun, &depth, &opened);
	FOR_EACH_EDGE(e, ei, bb->succs) {
		basic_block s = e->dest;

		if (s == EXIT_BLOCK_PTR_FOR_FN(fun)) {
			if (depth)
				imbalance(w, opened, "is not closed on every "
					  "path to the return");
		} else if (w->depth[s->index] < 0) {
			w->depth[s->index] = depth;
			w->opened[s->index] = opened;
			work->safe_push(s);
		} else if (w->depth[s->index] != depth) {
			imbalance(w, depth ? opened : w->opened[s->index],
				  "is not closed on every path");
		}
	}
}

/*
 * Fill DEPTH (one int per basic block, indexed by bb->index) with whether
 * the block starts inside a region, reporting every misuse of the markers.
 */
void realmode_regions(function *fun, int *depth)
{
	unsigned n = last_basic_block_for_fn(fun);
	location_t *opened = XNEWVEC(location_t, n);
	struct region_walk w = { depth, opened, false };
	auto_vec<basic_block> work;
	basic_block entry = single_succ(ENTRY_BLOCK_PTR_FOR_FN(fun));

	for (unsigned i = 0; i < n; i++)
		depth[i] = -1;
	depth[entry->index] = 0;
	opened[entry->index] = UNKNOWN_LOCATION;
	work.safe_push(entry);
	while (!work.is_empty())
		propagate(work.pop(), fun, &w, &work);
	XDELETEVEC(opened);
}

/* Delete the markers: they must not cost an instruction. */
void realmode_remove_markers(function *fun)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);
		bool removed = false;

		while (!gsi_end_p(gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (!realmode_marker_stmt(stmt)) {
				gsi_next(&gsi);
				continue;
			}
			if (gimple_vdef(stmt))
				unlink_stmt_vdef(stmt);
			gsi_remove(&gsi, true);
			release_defs(stmt);
			removed = true;
		}
		/* realmode.h says nothrow; a declaration of its own may not. */
		if (removed)
			gimple_purge_dead_eh_edges(bb);
	}
}
