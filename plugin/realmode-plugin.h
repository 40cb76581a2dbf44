/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * realmode-plugin.h - what the parts of the realmode plugin share.
 *
 * realmode.c	plugin_init, arguments, help: the table of contents
 * attr.c	the attribute, and the per-function switches it sets
 * strip.c	removes what GCC has no per-function switch for
 * calls.c	the call rule: which callees are safe, allow lists
 * infer.c	rule 4: functions defined here that are safe unmarked
 * regions.c	realmode_unchecked_begin()/end()
 * check.c	applies the rule to GIMPLE calls and to calls RTL created
 * fnptr.c	warns where a non-realmode function becomes a realmode pointer
 * metadata.c	records for realmode-objcheck in .discard.realmode.*
 * verify.c	last look at the RTL: no instrumentation call may be left
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

#define REALMODE_VERSION	"0.1.0"

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

/* Why infer.c found a function unsafe to call from real mode. */
enum realmode_why {
	WHY_NONE,
	WHY_INSTRUMENTED,	/* it gets instrumentation */
	WHY_CALLS_UNSAFE,	/* it calls a function defined here that is */
	WHY_CALLS_EXTERNAL,	/* it calls one not declared realmode */
	WHY_CALLS_INDIRECT,	/* through a pointer type not realmode */
};

/* What in GIMPLE may become a call when expanded to RTL. */
enum construct_kind {
	CONSTRUCT_COPY,		/* aggregate assignment */
	CONSTRUCT_INIT,		/* aggregate initialised from a constant */
	CONSTRUCT_AUTO_INIT,	/* -ftrivial-auto-var-init */
	CONSTRUCT_BUILTIN,	/* a builtin call: may or may not stay one */
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
bool realmode_safe_callee_p(tree callee);
void realmode_note_declared(tree fndecl);
bool realmode_declared_name_p(const char *name);
bool realmode_report(location_t loc, const char *fmt, ...)
	ATTRIBUTE_GCC_DIAG(2, 3);

/* infer.c */
void realmode_infer(void *gcc_data, void *user_data);
bool realmode_inferred_p(const_tree fndecl);
tree realmode_inferred_root(const_tree fndecl);
bool realmode_unsafe_why(const_tree fndecl, enum realmode_why *why,
			 tree *callee, location_t *loc);

/* regions.c */
bool realmode_marker_p(const_tree decl);
int realmode_marker_stmt(const gimple *stmt);
void realmode_find_marker_users(void *gcc_data, void *user_data);
bool realmode_calls_markers_p(function *fun);
void realmode_regions(function *fun, int *depth);
void realmode_remove_markers(function *fun);

/* fnptr.c */
extern bool realmode_types_seen;
void realmode_check_fnptr_body(tree fndecl);
void realmode_check_fnptr_var(tree decl);

/* check.c */
bool realmode_checked_p(const_tree fndecl);
void realmode_check_rtl_calls(function *fun);
bool realmode_sanctioned_call_p(function *fun, rtx_insn *insn);

/* metadata.c */
void realmode_record_function(function *fun);
void realmode_record_promise(tree callee);
void realmode_record_promise_name(const char *sym);
opt_pass *make_realmode_annotate_pass(void);
opt_pass *make_realmode_calls_pass(void);

/* entry-points.c */
bool instrumentation_entry_point_p(const char *name);
bool removable_entry_point_p(const char *name);
const char *callee_symbol_name(tree fndecl);

/* strip.c, verify.c */
opt_pass *make_realmode_strip_pass(void);
opt_pass *make_realmode_verify_pass(void);

/*
 * Passes are declared with one line: the pass kind (gimple or rtl), its
 * name, its gate and the function that runs on each function.  Gates
 * look at one attribute list: the plugin does nothing for other
 * functions, which keeps its cost near zero on files without realmode
 * code.
 */
#define REALMODE_PASS_GATED(KIND, KIND_ENUM, NAME, GATE, EXECUTE)	\
namespace {								\
const pass_data NAME##_data = {						\
	KIND_ENUM, #NAME, OPTGROUP_NONE, TV_NONE,			\
	0, 0, 0, 0, 0							\
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

#define REALMODE_GIMPLE_PASS(NAME, EXECUTE) \
	REALMODE_PASS_GATED(gimple, GIMPLE_PASS, NAME, realmode_fun_p, EXECUTE)
#define REALMODE_RTL_PASS(NAME, GATE, EXECUTE) \
	REALMODE_PASS_GATED(rtl, RTL_PASS, NAME, GATE, EXECUTE)

#endif /* REALMODE_PLUGIN_H */
