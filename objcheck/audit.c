// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * audit.c - the audit mode of realmode-objcheck (--roots): for code that
 * nobody has annotated yet, follow every direct call from the roots over
 * all given objects, breadth first, and report each reachable function
 * that carries instrumentation (calls an entry point) or calls into the
 * sanitizer runtime (runtime-functions.txt), with the shortest path from
 * a root.  The metadata plays no part.
 *
 * A function is visited once, so cycles end.  An indirect call cannot be
 * followed: it is a note.  A callee defined in none of the objects is a
 * note too, once.  Allowed symbols are not followed.
 */
#include <stdio.h>
#include <stdlib.h>

#include "arch.h"
#include "check.h"

struct queue {
	struct symbol **v;
	unsigned int head, nr, alloc;
};

struct root {
	struct symbol *sym;		/* canonical */
	const char *name;		/* as the user gave it */
};

struct audit_ctx {
	struct program *prog;
	struct queue q;
	struct root *roots;
	unsigned int nr_roots;
	struct symbol **labels;		/* made for label roots, to free */
	unsigned int nr_labels;
	struct strmap unknown;		/* reported once */
	unsigned long errors;
	/* Of the function being visited. */
	struct symbol *func;
	const char **found;		/* entry points and runtime calls */
	unsigned int nr_found;
	bool indirect_seen;
};

static void enqueue(struct audit_ctx *c, struct symbol *f, struct symbol *via)
{
	f = owner(f);
	if (f->visited)
		return;
	f->visited = true;
	f->via = via;
	if (c->q.nr == c->q.alloc) {
		c->q.alloc = c->q.alloc ? 2 * c->q.alloc : 64;
		c->q.v = xrealloc(c->q.v, c->q.alloc, sizeof(*c->q.v));
	}
	c->q.v[c->q.nr++] = f;
}

/* A root under the name it was given, not its alias's. */
static const char *root_name(const struct audit_ctx *c, struct symbol *f)
{
	for (unsigned int i = 0; i < c->nr_roots; i++)
		if (c->roots[i].sym == f)
			return c->roots[i].name;
	return f->name;
}

/* "root -> a -> f" */
static char *path_to(const struct audit_ctx *c, struct symbol *f,
		     const char *last)
{
	char *s = last ? xstrdup(last) : NULL, *t;

	for (; f; f = f->via) {
		const char *name = f->via ? f->name : root_name(c, f);

		t = s ? xasprintf("%s -> %s", name, s) : xstrdup(name);
		free(s);
		s = t;
	}
	return s;
}

static void note(const char *file, const char *path, const char *callee,
		 const char *kind, char *message)
{
	struct diag d = {
		.level = DIAG_NOTE,
		.kind = kind,
		.file = file,
		.callee = callee,
		.path = path,
		.message = message,
	};

	report(&d);
	free(message);
}

static void found(struct audit_ctx *c, const char *name)
{
	for (unsigned int i = 0; i < c->nr_found; i++)
		if (!strcmp(c->found[i], name))
			return;
	c->found = xrealloc(c->found, c->nr_found + 1, sizeof(char *));
	c->found[c->nr_found++] = name;
}

static void indirect(struct audit_ctx *c, const struct call_site *cs)
{
	char *path;

	if (c->indirect_seen)
		return;
	c->indirect_seen = true;
	path = path_to(c, c->func, NULL);
	note(c->func->obj->name, path, NULL, "indirect",
	     xasprintf("indirect %s at %s()+0x%lx, not followed",
		       cs->br->kind == BRANCH_IJUMP ||
		       cs->br->kind == BRANCH_JUMP ? "jump" : "call",
		       cs->part->name,
		       (cs->alt ? cs->alt->orig_off : cs->br->insn) -
		       cs->part->offset));
	free(path);
}

static void unknown(struct audit_ctx *c, const char *name)
{
	char *path;

	if (strmap_has(&c->unknown, name))
		return;
	strmap_add(&c->unknown, name);
	path = path_to(c, c->func, name);
	note(c->func->obj->name, path, name, "unknown",
	     xasprintf("%s() is defined in none of the given files, not "
		       "followed", name));
	free(path);
}

static void audit_call(const struct call_site *cs, const struct callee *ce,
		       void *arg)
{
	struct audit_ctx *c = arg;
	struct object *obj = cs->func->obj;
	enum callee_class cls;
	struct gdef *g;

	stats.calls++;
	cls = ce->name ? obj->arch->classify(ce->name) : CALLEE_CALL;
	if (cls == CALLEE_NOT_A_CALL || cls == CALLEE_SAFE)
		return;
	if (ce->indirect || cls == CALLEE_INDIRECT) {
		indirect(c, cs);
		return;
	}
	if (ce->name && (entry_point(ce->name) ||
			 runtime_function(ce->name))) {
		found(c, ce->name);
		return;
	}
	if (ce->name && strmap_has(&opts.allow, ce->name))
		return;
	g = ce->name && ce->global ? find_gdef(c->prog, ce->name) : NULL;
	if (ce->func)
		enqueue(c, ce->func, c->func);
	else if (g)
		enqueue(c, g->linked, c->func);
	else if (ce->name)
		unknown(c, ce->name);
}

static void visit(struct audit_ctx *c, struct symbol *f)
{
	struct diag d = {
		.level = DIAG_ERROR,
		.kind = "instrumented",
		.file = f->obj->name,
	};
	char *path, *names, *t;
	struct marks m;

	c->func = f;
	c->nr_found = 0;
	c->indirect_seen = false;
	stats.reached++;
	for_each_call(f, audit_call, c);
	function_marks(f, &m);
	for (unsigned int k = 0; k < NR_MARKS; k++)
		if (m.kinds & (1u << k))
			found(c, mark_name(k));
	/* Its own section (-ffunction-sections): done with it. */
	if (f->sec->nr_funcs == 1)
		sec_relocs_drop(f->sec);
	if (!c->nr_found)
		return;

	names = xstrdup(c->found[0]);
	for (unsigned int i = 1; i < c->nr_found; i++) {
		t = xasprintf("%s, %s", names, c->found[i]);
		free(names);
		names = t;
	}
	path = path_to(c, f, NULL);
	d.func = f->name;
	d.path = path;
	d.callee = c->found[0];
	d.message = names;
	report(&d);
	free(path);
	free(names);
	c->errors++;
}

static void enqueue_root(struct audit_ctx *c, struct symbol *f,
			 const char *name)
{
	f = owner(f);
	c->roots = xrealloc(c->roots, c->nr_roots + 1, sizeof(*c->roots));
	c->roots[c->nr_roots++] = (struct root){ f, name };
	enqueue(c, f, NULL);
}

/*
 * A local label inside other code (head_64.S's start_here_common): the
 * code from it on, as far as control falls through, as a function of
 * its own.  Branches back into the code around it reach that code.
 */
static struct symbol *label_function(struct audit_ctx *c, struct symbol *l)
{
	struct symbol *f = find_func_covering(l->sec, l->offset);
	unsigned long end = f ? func_end(f) : l->sec->size;
	struct symbol *r = xmalloc(sizeof(*r));

	*r = *l;
	r->len = code_end(l->sec, l->offset, end) - l->offset;
	r->alias = r->pfunc = r;
	r->func = true;
	r->cold = 0;
	r->alts = f ? f->alts : NULL;
	c->labels = xrealloc(c->labels, c->nr_labels + 1, sizeof(*c->labels));
	c->labels[c->nr_labels++] = r;
	return r;
}

/*
 * Every function ROOT names: the global definition, else static ones,
 * else labels in code.
 */
static void add_root(struct audit_ctx *c, const char *name)
{
	struct gdef *g = find_gdef(c->prog, name);
	struct symbol *sym, *label = NULL;
	bool any = false;

	if (g) {
		enqueue_root(c, g->linked, name);
		return;
	}
	for (unsigned int i = 0; i < c->prog->objs.nr; i++) {
		for (sym = find_symbol_by_name(c->prog->objs.v[i], name); sym;
		     sym = next_symbol_by_name(sym)) {
			if (sym->func) {
				enqueue_root(c, sym, name);
				any = true;
			} else if (!label && code_symbol(sym) &&
				   sym->offset < sym->sec->size) {
				label = sym;
			}
		}
	}
	if (!any && label) {
		enqueue_root(c, label_function(c, label), name);
		any = true;
	}
	if (!any)
		bad_input("--roots", "%s is defined in none of the given files",
			  name);
}

unsigned long audit_roots(struct program *prog)
{
	struct audit_ctx c = { .prog = prog };

	for (unsigned int i = 0; i < opts.nr_roots; i++)
		add_root(&c, opts.roots[i]);
	while (c.q.head < c.q.nr)
		visit(&c, c.q.v[c.q.head++]);
	free(c.q.v);
	free(c.found);
	free(c.roots);
	for (unsigned int i = 0; i < c.nr_labels; i++)
		free(c.labels[i]);
	free(c.labels);
	return c.errors;
}
