/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * realmode-plugin.h - what the parts of the realmode plugin share.
 *
 * realmode.c	plugin_init, arguments, help: the table of contents
 * attr.c	the attribute, and the per-function switches it sets
 * strip.c	removes what GCC has no per-function switch for, and what
 *		inlining brought in (gcov counters, UBSan checks, ...)
 * regions.c	realmode_unchecked_begin()/end(): checked in GIMPLE, kept
 *		as markers into the final RTL, where calls are placed
 * constructs.c	notes what in GIMPLE may become a call (for the notes)
 * final.c	the last look at each function's RTL: its calls, its
 *		instrumentation, its sanctioned calls
 * judge.c	at the end of the unit: the call rule, call by call
 * report.c	the diagnostics, held until the end, in source order
 * calls.c	names: realmode, allowed, instrumented by the flags
 * fnptr.c	conversions that add realmode to a function pointer type
 * metadata.c	records for realmode-objcheck in .discard.realmode.*
 * entry-points.c	the names of instrumentation entry points
 */
#ifndef REALMODE_PLUGIN_H
#define REALMODE_PLUGIN_H

#include "gcc-compat.h"

/*
 * The C family front end's preprocessor.  lto1 has no front end and does
 * not define it: a weak reference lets the plugin load at link time too
 * (&parse_in is then null).
 */
extern cpp_reader *parse_in __attribute__((weak));

#define REALMODE_VERSION	"0.2.0"

struct realmode_options {
	bool disable;	/* accept the attribute, change nothing */
	bool verbose;	/* say per function what was stripped */
	bool warn;	/* call-rule errors become warnings */
};

extern struct realmode_options realmode_opts;

/* Set once a realmode function, or a region marker, is declared. */
extern bool realmode_seen;
extern bool realmode_markers_seen;

/* Every sanitizer that instruments code; leak and shadow-call-stack don't. */
#define REALMODE_NO_SANITIZE_MASK					\
	(SANITIZE_ADDRESS | SANITIZE_USER_ADDRESS | SANITIZE_KERNEL_ADDRESS | \
	 SANITIZE_HWADDRESS | SANITIZE_USER_HWADDRESS |			\
	 SANITIZE_KERNEL_HWADDRESS | SANITIZE_THREAD | SANITIZE_UNDEFINED | \
	 SANITIZE_UNDEFINED_NONDEFAULT | SANITIZE_POINTER_COMPARE |	\
	 SANITIZE_POINTER_SUBTRACT)

/* What in GIMPLE may become a call when expanded to RTL. */
enum construct_kind {
	CONSTRUCT_NONE,
	CONSTRUCT_COPY,		/* aggregate assignment */
	CONSTRUCT_INIT,		/* aggregate initialised from a constant */
	CONSTRUCT_AUTO_INIT,	/* -ftrivial-auto-var-init */
	CONSTRUCT_BUILTIN,	/* a builtin call: may or may not stay one */
};

struct construct {
	location_t loc;		/* LOCATION_LOCUS of the statement */
	enum construct_kind kind;
	tree what;		/* the variable initialised, or the builtin */
};

/* One call instruction of a function's final code (final.c). */
struct call_site {
	const char *name;	/* the symbol called; NULL: indirect */
	tree decl;		/* its declaration, when the compiler has one */
	tree fntype;		/* indirect: the function type called through */
	location_t loc;
	bool in_region;		/* between realmode_unchecked_begin()/end() */
};

enum verdict_state { UNJUDGED, JUDGING, SAFE, UNSAFE };

/*
 * What the final code of one function of this unit does (final.c), and
 * what judge.c concluded.  Made for every function of a file with
 * realmode code; kept until the end of the unit.
 */
struct fn_summary {
	tree decl;
	const char *symbol;	/* its assembler name */
	vec<construct> constructs;
	vec<call_site> calls;
	bool compiled;		/* final.c saw its RTL */
	const char *instr_what;	/* instrumentation in its code, or NULL */
	const char *instr_sym;	/* the symbol that shows it, or NULL */
	/* judge.c */
	enum verdict_state state;
	bool reached;		/* a realmode function may reach it */
	int why;		/* index in calls of the call that breaks it */
};

/* attr.c */
void realmode_register_attributes(void *gcc_data, void *user_data);
void realmode_body_parsed(void *gcc_data, void *user_data);
void realmode_finish_decl(void *gcc_data, void *user_data);
bool realmode_function_p(const_tree fndecl);
void realmode_mark(tree fndecl);
void realmode_lto_start(void *gcc_data, void *user_data);

/* calls.c */
void realmode_allow(const char *names);
bool realmode_allow_file(const char *path);
bool realmode_allowed_p(const char *name);
bool realmode_type_p(const_tree fntype);
const char *instrumentation_of(const_tree fndecl);
void realmode_note_declared(tree fndecl);
bool realmode_declared_name_p(const char *name);
const char *symbol_of(tree decl);

/* report.c: diagnostics held until the end of the unit */
struct verdict;
typedef void (*verdict_emit_fn)(const struct verdict *v);
struct verdict {
	verdict_emit_fn emit;
	location_t loc;
	tree caller;		/* the realmode function, when there is one */
	const char *name;	/* what it is about (a symbol, a marker) */
	struct fn_summary *fn;	/* the function whose code holds it */
	int index;		/* e.g. the call in fn->calls */
	tree what;		/* a declaration or type it names */
	unsigned order;		/* when it was recorded */
};
void realmode_defer(verdict_emit_fn emit, location_t loc, tree caller,
		    const char *name, struct fn_summary *fn, int index,
		    tree what);
void realmode_flush_verdicts(void);
bool realmode_report(location_t loc, const char *fmt, ...)
	ATTRIBUTE_GCC_DIAG(2, 3);
void realmode_keep(tree t);
extern const struct ggc_root_tab realmode_gc_roots[];

/* regions.c */
bool realmode_marker_p(const_tree decl);
void realmode_find_marker_users(void *gcc_data, void *user_data);
opt_pass *make_realmode_regions_pass(void);
int realmode_marker_insn(const rtx_insn *insn);
int *realmode_insn_regions(function *fun);

/* constructs.c */
opt_pass *make_realmode_constructs_pass(void);
const construct *realmode_construct_at(const struct fn_summary *fn,
				       location_t loc);

/* final.c */
struct fn_summary *realmode_summary(tree decl, bool create);
struct fn_summary *realmode_summary_named(const char *symbol);
vec<fn_summary *> &realmode_summaries(void);
opt_pass *make_realmode_final_pass(void);
bool realmode_summarized_p(function *fun);

/* judge.c */
void realmode_judge_unit(void *gcc_data, void *user_data);
void realmode_judge_late(void *gcc_data, void *user_data);
void realmode_check_lto(void *gcc_data, void *user_data);
bool realmode_dispatcher_p(tree decl, bool *realmode);

/* fnptr.c */
extern bool realmode_types_seen;
void realmode_check_fnptr_body(tree fndecl);
void realmode_check_fnptr_var(tree decl);

/* metadata.c */
void realmode_record(const char *section, const char *sym);
void realmode_record_promise_name(const char *sym);
void realmode_annotate_call(rtx_insn *insn);

/* entry-points.c */
const char *instrumentation_symbol(const char *name);
bool removable_entry_point_p(const char *name);
bool instrumentation_var_p(const_tree decl);

/* strip.c */
opt_pass *make_realmode_strip_pass(void);

/*
 * Passes are declared with one line: the pass kind (gimple or rtl), its
 * name, its gate and the function that runs on each function.  Gates
 * look at one attribute list or one flag: the plugin does nothing for
 * files without realmode code, which keeps its cost near zero there.
 */
#define REALMODE_PASS_GATED(KIND, KIND_ENUM, NAME, GATE, EXECUTE)	\
namespace {								\
const pass_data NAME##_data = {						\
	.type = KIND_ENUM,						\
	.name = #NAME,							\
	.optinfo_flags = OPTGROUP_NONE,					\
	.tv_id = TV_NONE,						\
	.properties_required = 0,					\
	.properties_provided = 0,					\
	.properties_destroyed = 0,					\
	.todo_flags_start = 0,						\
	.todo_flags_finish = 0,						\
};									\
class NAME##_pass : public KIND##_opt_pass {				\
public:									\
	NAME##_pass(gcc::context *ctxt)					\
		: KIND##_opt_pass(NAME##_data, ctxt) {}			\
	bool gate(function *fun) final override				\
	{								\
		return GATE(fun);					\
	}								\
	unsigned int execute(function *fun) final override		\
	{								\
		return EXECUTE(fun);					\
	}								\
	opt_pass *clone() final override				\
	{								\
		return new NAME##_pass(m_ctxt);				\
	}								\
};									\
}									\
opt_pass *make_##NAME##_pass(void)					\
{									\
	return new NAME##_pass(g);					\
}

static inline bool realmode_fun_p(function *fun)
{
	return realmode_function_p(fun->decl);
}

#define REALMODE_GIMPLE_PASS(NAME, GATE, EXECUTE) \
	REALMODE_PASS_GATED(gimple, GIMPLE_PASS, NAME, GATE, EXECUTE)
#define REALMODE_RTL_PASS(NAME, GATE, EXECUTE) \
	REALMODE_PASS_GATED(rtl, RTL_PASS, NAME, GATE, EXECUTE)

#endif /* REALMODE_PLUGIN_H */
