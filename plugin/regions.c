// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * regions.c - sanctioned regions: realmode_unchecked_begin() and
 * realmode_unchecked_end() in realmode.h call two external functions that
 * no one defines.  Being calls with unknown effects, they keep their place
 * among the other calls through every GIMPLE optimisation.
 *
 * At the end of GIMPLE each becomes a marker that emits nothing, a
 * volatile asm with a memory clobber, so that no call or memory access
 * moves across it; final.c finds the markers in the final RTL, follows
 * the jumps from the function's entry to learn which call instructions
 * lie inside a region on every path, and deletes them.  A call is
 * sanctioned because of where its instruction is, never because of a
 * source location.
 *
 * Calls in a region are not checked (the code there runs only with the
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
static int realmode_marker_stmt(const gimple *stmt)
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

static bool realmode_calls_markers_p(function *fun)
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
	tree fndecl;
};

/* The misuses, said at the end of the unit (report.c). */
static void say_not_closed(const verdict *v)
{
	error_at(v->loc, "%<realmode_unchecked_begin%> is not closed on every "
		 "path%s", v->index ? " to the return" : "");
}

static void say_outside(const verdict *v)
{
	error_at(v->loc, "%qs outside a realmode function", v->name);
}

static void say_nested(const verdict *v)
{
	error_at(v->loc, "%<realmode_unchecked_begin%> inside a region that "
		 "is already open");
}

static void say_unmatched(const verdict *v)
{
	error_at(v->loc, "%<realmode_unchecked_end%> without a matching "
		 "%<realmode_unchecked_begin%>");
}

static void imbalance(struct region_walk *w, location_t loc, bool to_return)
{
	if (w->reported)
		return;
	w->reported = true;
	realmode_defer(say_not_closed, loc, w->fndecl, NULL, NULL, to_return,
		       NULL_TREE);
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
		tree origin;

		if (!kind)
			continue;
		/* Where the user wrote the macro, not realmode.h. */
		loc = linemap_resolve_location(line_table,
					       gimple_location(stmt),
					       LRK_MACRO_EXPANSION_POINT, NULL);
		origin = origin_function(stmt, fun);
		if (!realmode_function_p(origin)) {
			realmode_defer(say_outside, loc, fun->decl,
				       marker_name(kind), NULL, 0, NULL_TREE);
		} else if (kind > 0 && *depth && origin == fun->decl) {
			/*
			 * Written so; a realmode function inlined into an
			 * open region brings its own region, which counts.
			 */
			realmode_defer(say_nested, loc, fun->decl, NULL, NULL,
				       0, NULL_TREE);
		} else if (kind < 0 && !*depth) {
			realmode_defer(say_unmatched, loc, fun->decl, NULL,
				       NULL, 0, NULL_TREE);
		} else {
			if (!*depth)
				*opened = loc;
			*depth += kind;
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
				imbalance(w, opened, true);
		} else if (w->depth[s->index] < 0) {
			w->depth[s->index] = depth;
			w->opened[s->index] = opened;
			work->safe_push(s);
		} else if (w->depth[s->index] != depth) {
			imbalance(w, depth ? opened : w->opened[s->index],
				  false);
		}
	}
}

/*
 * Fill DEPTH (one int per basic block, indexed by bb->index) with whether
 * the block starts inside a region, reporting every misuse of the markers.
 */
static void check_regions(function *fun, int *depth)
{
	unsigned n = last_basic_block_for_fn(fun);
	location_t *opened = XNEWVEC(location_t, n);
	struct region_walk w = { depth, opened, false, fun->decl };
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

/*
 * The marker that stands for a region boundary from here to the final
 * RTL: it emits nothing (final.c deletes it), and as a volatile asm that
 * clobbers memory, nothing that touches memory moves across it.
 */
static const char *const marker_template[2] = {
	ASM_COMMENT_START " realmode_unchecked_end",
	ASM_COMMENT_START " realmode_unchecked_begin",
};

static gimple *build_marker(int kind, location_t loc)
{
	vec<tree, va_gc> *clobbers = NULL;
	gasm *stmt;

	vec_safe_push(clobbers, build_tree_list(NULL_TREE,
						build_string(6, "memory")));
	stmt = gimple_build_asm_vec(marker_template[kind > 0], NULL, NULL,
				    clobbers, NULL);
	gimple_asm_set_volatile(stmt, true);
	compat_set_location(stmt, loc);
	return stmt;
}

/*
 * Replace each marker call by its asm marker; delete it instead where
 * no region can be (the plugin disabled, a function that is not
 * realmode, a block never reached).
 */
static void lower_markers(function *fun, const int *depth, bool keep)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);
		bool changed = false;

		while (!gsi_end_p(gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			int kind = realmode_marker_stmt(stmt);
			gimple *marker;

			if (!kind) {
				gsi_next(&gsi);
				continue;
			}
			changed = true;
			if (!keep || depth[bb->index] < 0) {
				if (gimple_vdef(stmt))
					unlink_stmt_vdef(stmt);
				gsi_remove(&gsi, true);
				release_defs(stmt);
				continue;
			}
			marker = build_marker(kind, gimple_location(stmt));
			gimple_set_vuse(marker, gimple_vuse(stmt));
			gimple_set_vdef(marker, gimple_vdef(stmt));
			if (gimple_vdef(stmt))
				SSA_NAME_DEF_STMT(gimple_vdef(stmt)) = marker;
			gsi_replace(&gsi, marker, false);
			gsi_next(&gsi);
		}
		/* realmode.h says nothrow; a declaration of its own may not. */
		if (changed)
			gimple_purge_dead_eh_edges(bb);
	}
}

static unsigned int realmode_regions_execute(function *fun)
{
	int *depth = XNEWVEC(int, last_basic_block_for_fn(fun));
	bool keep = !realmode_opts.disable && realmode_function_p(fun->decl);

	for (int i = 0; i < last_basic_block_for_fn(fun); i++)
		depth[i] = 0;
	if (!realmode_opts.disable)
		check_regions(fun, depth);
	lower_markers(fun, depth, keep);
	XDELETEVEC(depth);
	return TODO_cleanup_cfg;
}

REALMODE_GIMPLE_PASS(realmode_regions, realmode_calls_markers_p,
		     realmode_regions_execute)

/* --- RTL: the markers in the final code --- */

/* +1 for a begin marker, -1 for an end marker, 0 for any other insn. */
int realmode_marker_insn(const rtx_insn *insn)
{
	rtx asm_op;

	if (!NONJUMP_INSN_P(insn) ||
	    !(asm_op = extract_asm_operands(PATTERN(insn))))
		return 0;
	if (!strcmp(ASM_OPERANDS_TEMPLATE(asm_op), marker_template[1]))
		return +1;
	if (!strcmp(ASM_OPERANDS_TEMPLATE(asm_op), marker_template[0]))
		return -1;
	return 0;
}

struct insn_walk {
	int *depth;			/* by INSN_UID; -1: not reached */
	vec<std::pair<rtx_insn *, int> > work;
};

static void reach(struct insn_walk *w, rtx_insn *insn, int depth)
{
	w->work.safe_push(std::make_pair(insn, depth));
}

/* Every label the function has: where a computed jump may go. */
static void reach_all_labels(struct insn_walk *w, int depth)
{
	for (rtx_insn *insn = get_insns(); insn; insn = NEXT_INSN(insn))
		if (LABEL_P(insn))
			reach(w, insn, depth);
}

static void reach_jump_targets(struct insn_walk *w, rtx_insn *insn, int depth)
{
	rtx_jump_table_data *table;
	rtx label = JUMP_LABEL(insn);
	rtx asm_op = extract_asm_operands(PATTERN(insn));

	if (tablejump_p(insn, NULL, &table)) {
		rtvec labels = table->get_labels();

		for (int i = 0; i < GET_NUM_ELEM(labels); i++)
			reach(w, as_a<rtx_insn *>(XEXP(RTVEC_ELT(labels, i), 0)),
			      depth);
	} else if (asm_op && ASM_OPERANDS_LABEL_LENGTH(asm_op)) {
		for (int i = 0; i < ASM_OPERANDS_LABEL_LENGTH(asm_op); i++)
			reach(w, as_a<rtx_insn *>(XEXP(
				ASM_OPERANDS_LABEL(asm_op, i), 0)), depth);
	} else if (label && LABEL_P(label)) {
		reach(w, as_a<rtx_insn *>(label), depth);
	} else if (!label || !ANY_RETURN_P(label)) {
		reach_all_labels(w, depth);
	}
}

/*
 * Follow the code from INSN at DEPTH (how many regions are open: a
 * realmode function inlined into a region brings its own) until a
 * barrier or code already seen at a depth as low.  A place reached both
 * inside and outside a region is outside: the lower depth wins.
 */
static void walk_from(struct insn_walk *w, rtx_insn *insn, int depth)
{
	for (; insn; insn = NEXT_INSN(insn)) {
		int *seen = &w->depth[INSN_UID(insn)];
		int kind;

		if (*seen >= 0 && *seen <= depth)
			return;
		*seen = depth;
		if (BARRIER_P(insn))
			return;
		kind = realmode_marker_insn(insn);
		if (kind)
			depth = MAX(depth + kind, 0);
		if (JUMP_P(insn))
			reach_jump_targets(w, insn, depth);
	}
}

static void drain(struct insn_walk *w)
{
	while (!w->work.is_empty()) {
		std::pair<rtx_insn *, int> p = w->work.pop();

		walk_from(w, p.first, p.second);
	}
}

/*
 * The region depth of every insn of FUN's final code, by INSN_UID (free
 * with XDELETEVEC).  Code no jump reaches (an exception landing pad) is
 * taken as outside every region, so its calls are checked.
 */
int *realmode_insn_regions(function *fun ATTRIBUTE_UNUSED)
{
	struct insn_walk w;
	int n = get_max_uid() + 1;

	w.depth = XNEWVEC(int, n);
	w.work = vNULL;
	for (int i = 0; i < n; i++)
		w.depth[i] = -1;
	reach(&w, get_insns(), 0);
	drain(&w);
	for (rtx_insn *insn = get_insns(); insn; insn = NEXT_INSN(insn)) {
		if (w.depth[INSN_UID(insn)] >= 0)
			continue;
		reach(&w, insn, 0);
		drain(&w);
	}
	w.work.release();
	return w.depth;
}
