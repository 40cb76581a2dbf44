/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check.h - the realmode check over all given objects, and what the
 * audit mode (--roots) shares with it: options, the program model built
 * from the metadata, and walking the calls of a function.
 */
#ifndef OBJCHECK_CHECK_H
#define OBJCHECK_CHECK_H

#include "arch.h"
#include "elf.h"

struct options {
	struct strmap allow;		/* --allow, --allow-file */
	struct strmap noinstr;		/* --noinstr-section */
	const char **roots;		/* --roots */
	unsigned int nr_roots;
	const char **runtime;		/* runtime-functions.txt and more */
	unsigned int nr_runtime;
	bool warn;
	bool json;
	bool stats;
};

extern struct options opts;

struct stats {
	unsigned long objects, functions, realmode, calls, sanctioned,
		      allowed, promises, reached;
};

extern struct stats stats;

/* Global (and weak) functions of one name, over all objects. */
struct gdef {
	struct symbol *linked;		/* the definition the link takes */
	bool realmode;			/* whether that one is */
	unsigned int nr;
	struct symbol *defs[];		/* one block: there is one per name */
};

struct program {
	struct objects objs;
	struct strmap gdefs;		/* name -> struct gdef */
};

/*
 * What a branch goes to.  A branch whose relocation names a global
 * symbol that is undefined, or defined but overridden (struct gdef), is
 * bound by name, as the link binds it: it has no func, no sec.
 */
struct callee {
	const char *name;		/* NULL: no symbol there */
	struct symbol *func;		/* the function there (canonical) */
	bool global;			/* resolved by name over all objects */
	bool indirect;
	struct section *sec;		/* where, when defined */
	unsigned long off;
};

/* Where a call is: in func (the part named, maybe a cold part). */
struct call_site {
	struct symbol *func;
	struct symbol *part;
	const struct branch *br;
	const struct alt *alt;		/* in code patched in at boot */
};

typedef void (*call_fn)(const struct call_site *cs, const struct callee *ce,
			void *arg);

bool want_relocs(const struct section *sec);

/*
 * A place in an object as one sortable number: section index << 40 |
 * offset.  cmp_key() orders them for qsort() and bsearch();
 * keys_between() counts how many of the sorted KEYS lie in [LO, HI];
 * keys_from() is the index of the first at or after KEY.
 */
unsigned long place_key(const struct section *sec, unsigned long off);
int cmp_key(const void *a, const void *b);
unsigned int keys_between(const unsigned long *keys, unsigned int nr,
			  unsigned long lo, unsigned long hi);
unsigned int keys_from(const unsigned long *keys, unsigned int nr,
		       unsigned long key);
void program_prepare(struct program *prog);
/* The sorted places the relocations of META point to. */
void read_instr_marks(struct section *meta, unsigned long **keys,
		      unsigned int *nr);
/* marks.c */
void function_marks(struct symbol *func, struct marks *m);
const char *mark_name(enum mark_kind kind);
void for_each_call(struct symbol *func, call_fn fn, void *arg);

/* The function code belongs to: canonical, a cold part's parent. */
static inline struct symbol *owner(struct symbol *f)
{
	return f->pfunc->alias;
}

bool is_realmode(struct symbol *f);
struct gdef *find_gdef(struct program *prog, const char *name);
bool entry_point(const char *name);
bool runtime_function(const char *name);

struct check_ctx {
	struct program *prog;
	unsigned long violations;
};

void resolve_branch(const struct branch *br, struct callee *ce);
/* Why the call BR to CE from OBJ is a violation, or NULL if it is not. */
char *judge_call(struct check_ctx *c, struct object *obj,
		 const struct branch *br, const struct callee *ce,
		 const char *call);
/*
 * A violation at OFF of SEC, in function F ("F()+0x..") or, with F NULL,
 * in no function ("SEC+0x..").  Frees MESSAGE.
 */
void report_place(struct check_ctx *c, struct object *obj,
		  struct section *sec, unsigned long off, struct symbol *f,
		  const char *callee, char *message);

/* flow.c: the noinstr check by control flow, where the arch has it. */
bool flow_supported(const struct object *obj);
void flow_check_object(struct check_ctx *c, struct object *obj);

unsigned long check_realmode(struct program *prog);
unsigned long audit_roots(struct program *prog);

/* report.c */
enum diag_level { DIAG_ERROR, DIAG_NOTE };

struct diag {
	enum diag_level level;
	const char *kind;		/* "call", "promise", ... */
	const char *file;
	const char *func;		/* NULL: no FUNC()+0xOFF part */
	const char *section;		/* without func: SECTION+0xOFF */
	unsigned long off;
	bool has_off;
	const char *callee;
	const char *path;		/* audit: "a -> b -> c" */
	char *message;
};

void report(const struct diag *d);
void report_begin(const char *mode, char **files, int nr_files);
/* Returns the exit status. */
int report_end(unsigned long errors);
void report_fatal(const char *file, const char *msg);

#endif /* OBJCHECK_CHECK_H */
