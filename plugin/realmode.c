// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * realmode.c - GCC plugin: functions that may run with the MMU off.
 *
 * Code that runs in PowerPC real mode (the kexec switchover, early boot,
 * exception and KVM entry) must carry no compiler instrumentation: KASAN
 * shadow, KCOV and KCSAN state, ftrace and gcov counters are all reached
 * through translations that do not exist there, and the machine hangs.
 * __attribute__((realmode)) strips every kind of instrumentation from one
 * function and leaves the rest of the translation unit as it was.
 *
 * Debugging: -fplugin-arg-realmode-verbose says per function what was
 * stripped; -fdump-tree-all and -fdump-rtl-all include the dumps of the
 * plugin's passes (*.realmode_strip, *.realmode_regions,
 * *.realmode_final).
 */
#include "realmode-plugin.h"
#include "version-check.h"

/* The plugin is built -fvisibility=hidden: GCC looks up these two. */
#define PLUGIN_EXPORT __attribute__((visibility("default")))

PLUGIN_EXPORT int plugin_is_GPL_compatible;

struct realmode_options realmode_opts;

static const char realmode_help[] =
	"realmode " REALMODE_VERSION ": __attribute__((realmode)) marks a "
	"function that may run with the MMU off.\n"
	"Its code carries no instrumentation (sanitizers, coverage, gcov, "
	"-pg, patchable entries,\n-finstrument-functions), and every call "
	"it makes must be safe in real mode:\nto a realmode function, an "
	"allowed symbol, through a realmode function type, or\nto an "
	"uninstrumented function of this file whose calls are safe.\n"
	"Arguments (-fplugin-arg-realmode-NAME[=VALUE]):\n"
	"  allow=SYM[:SYM...]  these symbols are safe to call\n"
	"  allow-file=PATH     so are those in PATH, one a line, # comments\n"
	"  warn                unsafe calls are warnings, not errors\n"
	"  verbose             say per realmode function what was stripped\n"
	"  disable             accept the attribute and the region markers, "
	"strip and check nothing\n"
	"  help                print this text\n";

static struct plugin_info realmode_info = {
	.version = REALMODE_VERSION,
	.help = realmode_help,
};

static const struct {
	const char *key;
	bool value;	/* takes =VALUE, else takes none */
} known_args[] = {
	{ "allow",	true },
	{ "allow-file",	true },
	{ "warn",	false },
	{ "verbose",	false },
	{ "disable",	false },
	{ "help",	false },
};

#define KNOWN_ARGS "allow, allow-file, warn, verbose, disable, help"

static bool apply_arg(const char *key, const char *value)
{
	if (!strcmp(key, "allow"))
		realmode_allow(value);
	else if (!strcmp(key, "allow-file"))
		return realmode_allow_file(value);
	else if (!strcmp(key, "warn"))
		realmode_opts.warn = true;
	else if (!strcmp(key, "verbose"))
		realmode_opts.verbose = true;
	else if (!strcmp(key, "disable"))
		realmode_opts.disable = true;
	else
		fputs(realmode_help, stderr);
	return true;
}

/* Returns false, after one error each, on any argument it cannot take. */
static bool parse_args(const struct plugin_name_args *info)
{
	bool ok = true;

	for (int i = 0; i < info->argc; i++) {
		const struct plugin_argument *arg = &info->argv[i];
		size_t k = 0;

		while (k < ARRAY_SIZE(known_args) &&
		       strcmp(arg->key, known_args[k].key))
			k++;
		if (k == ARRAY_SIZE(known_args)) {
			error("realmode: unknown argument %<%s%>; known "
			      "arguments: " KNOWN_ARGS, arg->key);
			ok = false;
		} else if (known_args[k].value && (!arg->value || !*arg->value)) {
			error("realmode: argument %<%s%> needs a value: "
			      "%<-fplugin-arg-realmode-%s=...%>", arg->key,
			      arg->key);
			ok = false;
		} else if (!known_args[k].value && arg->value) {
			error("realmode: argument %<%s%> takes no value",
			      arg->key);
			ok = false;
		} else {
			ok &= apply_arg(arg->key, arg->value);
		}
	}
	return ok;
}

static void register_pass(const char *name, opt_pass *pass, const char *ref,
			  enum pass_positioning_ops pos)
{
	struct register_pass_info info = {
		.pass = pass,
		.reference_pass_name = ref,
		.ref_pass_instance_number = 1,
		.pos_op = pos,
	};

	register_callback(name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

PLUGIN_EXPORT int plugin_init(struct plugin_name_args *info,
		struct plugin_gcc_version *version)
{
	const char *name = info->base_name;

	/* One error and no callbacks: the compilation fails cleanly. */
	if (!realmode_version_ok(version))
		return 0;

	register_callback(name, PLUGIN_INFO, NULL, &realmode_info);
	/* Even when disabled or misused, code using the attribute builds. */
	register_callback(name, PLUGIN_ATTRIBUTES,
			  realmode_register_attributes, NULL);
	/* A bad argument is a user error, reported once; compile nothing. */
	if (!parse_args(info))
		return 0;

	register_callback(name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
			  (void *)realmode_gc_roots);
	register_callback(name, PLUGIN_FINISH_DECL, realmode_finish_decl, NULL);
	register_callback(name, PLUGIN_ALL_IPA_PASSES_START,
			  realmode_lto_start, NULL);
	register_callback(name, PLUGIN_ALL_IPA_PASSES_END,
			  realmode_find_marker_users, NULL);
	/* Markers go even when disabled: they must not cost a call. */
	register_pass(name, make_realmode_regions_pass(), "optimized",
		      PASS_POS_INSERT_AFTER);
	if (realmode_opts.disable)
		return 0;

	register_callback(name, PLUGIN_PRE_GENERICIZE,
			  realmode_body_parsed, NULL);
	register_callback(name, PLUGIN_ALL_IPA_PASSES_END, realmode_check_lto,
			  NULL);
	/*
	 * Each is inserted right after "optimized", so they run in the
	 * reverse order: strip, constructs, then regions (registered above).
	 */
	register_pass(name, make_realmode_constructs_pass(), "optimized",
		      PASS_POS_INSERT_AFTER);
	register_pass(name, make_realmode_strip_pass(), "optimized",
		      PASS_POS_INSERT_AFTER);
	/* After every pass that may add a call, before insns are sized. */
	register_pass(name, make_realmode_final_pass(), "shorten",
		      PASS_POS_INSERT_BEFORE);
	register_callback(name, PLUGIN_FINISH_UNIT, realmode_judge_unit, NULL);
	register_callback(name, PLUGIN_FINISH, realmode_judge_late, NULL);
	return 0;
}
