// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * calls.c - the call rule: which callees a realmode function may call,
 * and how a call that breaks the rule is reported.
 *
 * A callee is safe when it is (1) declared or defined realmode, or has a
 * realmode function type; (2) allowed by allow= or allow-file=; (3) for an
 * indirect call, reached through a pointer to a realmode function type;
 * (4) a function defined here that gets no instrumentation and whose own
 * calls follow this rule (infer.c decides, before any code is generated).
 */
#include "realmode-plugin.h"

static hash_set<nofree_string_hash> *allowed;

/* "a:b:c" from allow=, one name a line (# comments) from allow-file=. */
void realmode_allow(const char *names)
{
	char *copy = xstrdup(names);

	if (!allowed)
		allowed = new hash_set<nofree_string_hash>;
	for (char *tok = strtok(copy, ":"); tok; tok = strtok(NULL, ":"))
		allowed->add(xstrdup(tok));
	free(copy);
}

bool realmode_allow_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[512];
	int lineno = 0;
	bool ok = true;

	if (!f) {
		error("realmode: cannot read allow file %qs: %s", path,
		      xstrerror(errno));
		return false;
	}
	while (ok && fgets(line, sizeof(line), f)) {
		char *name = line + strspn(line, " \t");
		size_t len = strcspn(name, " \t\r\n#");
		char *rest = name + len + strspn(name + len, " \t\r\n");

		lineno++;
		if (!strchr(line, '\n') && !feof(f)) {
			error("realmode: allow file %qs, line %d: line longer "
			      "than %d characters", path, lineno,
			      (int)sizeof(line) - 2);
			ok = false;
		} else if (*rest && *rest != '#') {
			error("realmode: allow file %qs, line %d: one symbol "
			      "a line, then at most a %<#%> comment", path,
			      lineno);
			ok = false;
		} else if (len) {
			name[len] = '\0';
			realmode_allow(name);
		}
	}
	/* A directory opens, but does not read. */
	if (ok && ferror(f)) {
		error("realmode: cannot read allow file %qs: %s", path,
		      xstrerror(errno));
		ok = false;
	}
	fclose(f);
	return ok;
}

/*
 * The stack protector is left as the build sets it (its canary is readable
 * in real mode on ppc64), so its failure call is allowed with it.
 */
bool realmode_allowed_p(const char *name)
{
	if (!strcmp(name, "__stack_chk_fail") ||
	    !strcmp(name, "__stack_chk_fail_local"))
		return true;
	return allowed && allowed->contains(name);
}

bool realmode_type_p(const_tree fntype)
{
	return fntype && lookup_attribute("realmode", TYPE_ATTRIBUTES(fntype));
}

/* The instrumentation this compilation gives FNDECL, or NULL for none. */
const char *instrumentation_of(const_tree fndecl)
{
	tree attrs = DECL_ATTRIBUTES(fndecl);
	tree ns = lookup_attribute("no_sanitize", attrs);
	unsigned HOST_WIDE_INT sanitize = flag_sanitize & REALMODE_NO_SANITIZE_MASK;
	tree pfe = lookup_attribute("patchable_function_entry", attrs);

	if (ns)
		sanitize &= ~tree_to_uhwi(TREE_VALUE(ns));
	/*
	 * As GCC's passes ask: the kernel and user bits only choose the
	 * flavour, so no_sanitize_address (which clears SANITIZE_ADDRESS)
	 * turns KASAN off too.
	 */
	if (sanitize & SANITIZE_ADDRESS)
		return "address sanitizer";
	if (sanitize & SANITIZE_HWADDRESS)
		return "hwaddress sanitizer";
	if (sanitize & SANITIZE_THREAD)
		return "thread sanitizer";
	if (sanitize & (SANITIZE_UNDEFINED | SANITIZE_UNDEFINED_NONDEFAULT))
		return "undefined behaviour sanitizer";
	if (flag_sanitize_coverage &&
	    !(COMPAT_HAVE_NO_SANITIZE_COVERAGE &&
	      lookup_attribute("no_sanitize_coverage", attrs)))
		return "sanitizer coverage";
	if (profile_arc_flag &&
	    !lookup_attribute("no_profile_instrument_function", attrs))
		return "gcov";
	if ((profile_flag || flag_instrument_function_entry_exit) &&
	    !DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT(fndecl))
		return profile_flag ? "-pg" : "-finstrument-functions";
	if (pfe ? !integer_zerop(TREE_VALUE(TREE_VALUE(pfe))) :
		  flag_patchable_function_entry != NULL)
		return "patchable function entry";
	return NULL;
}

static hash_set<nofree_string_hash> *realmode_names;

/*
 * Every function declared realmode, by symbol: the compiler calls some by
 * name only (the memcpy of a structure copy), and the user's declaration
 * of that name is what says realmode.
 */
void realmode_note_declared(tree fndecl)
{
	/* Computing a C++ mangled name this early can crash (a lambda's
	 * class is not complete yet); the plain name serves C symbols. */
	tree id = DECL_ASSEMBLER_NAME_SET_P(fndecl) ?
		  DECL_ASSEMBLER_NAME(fndecl) : DECL_NAME(fndecl);

	if (!id)
		return;
	if (!realmode_names)
		realmode_names = new hash_set<nofree_string_hash>;
	realmode_names->add(IDENTIFIER_POINTER(id));
}

bool realmode_declared_name_p(const char *name)
{
	return realmode_names && realmode_names->contains(name);
}

/* Rules 1, 2 and (what infer.c found) 4, for a direct callee. */
bool realmode_safe_callee_p(tree callee)
{
	return realmode_function_p(callee) ||
	       realmode_type_p(TREE_TYPE(callee)) ||
	       realmode_allowed_p(callee_symbol_name(callee)) ||
	       realmode_inferred_p(callee);
}

/* Errors, or warnings with -fplugin-arg-realmode-warn (bringing up a
 * large tree).  Returns whether it was shown, so that notes follow only
 * a diagnostic that was. */
bool realmode_report(location_t loc, const char *fmt, ...)
{
	va_list ap;
	bool shown;

	va_start(ap, fmt);
	shown = emit_diagnostic_valist(realmode_opts.warn ? DK_WARNING : DK_ERROR,
				       loc, 0, fmt, &ap);
	va_end(ap);
	return shown;
}
