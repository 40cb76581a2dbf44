// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * calls.c - the names the call rule asks about.
 *
 * judge.c applies the rule; this file knows the names it asks about:
 * the functions declared or defined realmode (rule 1), the allowed
 * symbols (rule 2), realmode function types (rule 3), and what the flags
 * of this compilation would instrument (rule 4, where no code is known).
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

/* One line of an allow file; false after its error. */
static bool allow_line(const char *path, int lineno, char *line, size_t n)
{
	char *name = line + strspn(line, " \t");
	size_t len = strcspn(name, " \t\r\n#");
	char *rest = name + len + strspn(name + len, " \t\r\n");

	/* A NUL would end the name early and hide the rest of the line. */
	if (memchr(line, '\0', n)) {
		error("realmode: allow file %qs, line %d: a NUL byte; the file "
		      "must be text", path, lineno);
		return false;
	}
	if (*rest && *rest != '#') {
		error("realmode: allow file %qs, line %d: one symbol a line, "
		      "then at most a %<#%> comment", path, lineno);
		return false;
	}
	if (len) {
		name[len] = '\0';
		realmode_allow(name);
	}
	return true;
}

bool realmode_allow_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t size = 0;
	ssize_t n;
	int lineno = 0;
	bool ok = true;

	if (!f) {
		error("realmode: cannot read allow file %qs: %s", path,
		      xstrerror(errno));
		return false;
	}
	while (ok && (n = getline(&line, &size, f)) >= 0)
		ok = allow_line(path, ++lineno, line, n);
	/* A directory opens, but does not read. */
	if (ok && ferror(f)) {
		error("realmode: cannot read allow file %qs: %s", path,
		      xstrerror(errno));
		ok = false;
	}
	free(line);
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

/*
 * Every function declared or defined realmode, to be known by its
 * assembler name: the compiler calls some by name only (the memcpy of a
 * structure copy), and the user's declaration of that name is what says
 * realmode.  The names are computed when first asked for, after parsing:
 * mangling a C++ name while its class is incomplete can crash.
 */
static vec<tree> realmode_decls;
static unsigned named;
static hash_set<nofree_string_hash> *realmode_names;

void realmode_note_declared(tree fndecl)
{
	realmode_decls.safe_push(fndecl);
	realmode_keep(fndecl);
}

/* The symbol a call to DECL links against, without encoding. */
const char *symbol_of(tree decl)
{
	return targetm.strip_name_encoding(
		IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl)));
}

bool realmode_declared_name_p(const char *name)
{
	if (!realmode_names)
		realmode_names = new hash_set<nofree_string_hash>;
	for (; named < realmode_decls.length(); named++)
		realmode_names->add(symbol_of(realmode_decls[named]));
	return realmode_names->contains(name);
}
