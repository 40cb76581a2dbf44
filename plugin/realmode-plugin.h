/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * realmode-plugin.h - what the parts of the realmode plugin share.
 *
 * realmode.c	plugin_init, arguments, help: the table of contents
 * attr.c	the attribute, and the per-function switches it sets
 * strip.c	removes what GCC has no per-function switch for
 * verify.c	last look at the RTL: no instrumentation call may be left
 * entry-points.c	the names of instrumentation entry points
 */
#ifndef REALMODE_PLUGIN_H
#define REALMODE_PLUGIN_H

#include "gcc-compat.h"

#define REALMODE_VERSION	"0.1.0"

struct realmode_options {
	bool disable;	/* accept the attribute, change nothing */
	bool verbose;	/* say per function what was stripped */
};

extern struct realmode_options realmode_opts;

/* attr.c */
void realmode_register_attributes(void *gcc_data, void *user_data);
void realmode_body_parsed(void *gcc_data, void *user_data);
void realmode_finish_decl(void *gcc_data, void *user_data);
bool realmode_function_p(const_tree fndecl);
void realmode_mark(tree fndecl);

/* entry-points.c */
bool instrumentation_entry_point_p(const char *name);
bool removable_entry_point_p(const char *name);
const char *callee_symbol_name(tree fndecl);

/* strip.c, verify.c */
opt_pass *make_realmode_strip_pass(void);
opt_pass *make_realmode_verify_pass(void);

/*
 * Passes are declared with one line: the pass kind (gimple or rtl), its
 * name, and the function that runs on each function.  The gate is
 * realmode_function_p(): the plugin does nothing for other functions,
 * which keeps its cost near zero on files without realmode code.
 */
#define REALMODE_PASS(KIND, KIND_ENUM, NAME, EXECUTE)			\
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
		return realmode_function_p(fun->decl);			\
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

#define REALMODE_GIMPLE_PASS(NAME, EXECUTE) \
	REALMODE_PASS(gimple, GIMPLE_PASS, NAME, EXECUTE)
#define REALMODE_RTL_PASS(NAME, EXECUTE) \
	REALMODE_PASS(rtl, RTL_PASS, NAME, EXECUTE)

#endif /* REALMODE_PLUGIN_H */
