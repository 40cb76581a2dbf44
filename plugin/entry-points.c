// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * entry-points.c - the names of instrumentation entry points.
 *
 * A realmode function must not call any of these.  Some are left behind
 * where GCC has no per-function switch (sanitizer coverage on GCC 11, UBSan
 * checks that the front end inserted before a later declaration made the
 * function realmode); those the strip pass may remove.  Any other that is
 * still there at the end means stripping failed.
 */
#include "realmode-plugin.h"

enum { WHOLE, PREFIX };

static const struct {
	const char *name;
	int match;
	bool removable;
} entry_points[] = {
#define ENTRY_POINT(name, match, removable) { name, match, removable },
#include "entry-points.def"
#undef ENTRY_POINT
};

static int entry_point_index(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(entry_points); i++) {
		const char *p = entry_points[i].name;

		if (entry_points[i].match == PREFIX ?
		    !strncmp(name, p, strlen(p)) : !strcmp(name, p))
			return (int)i;
	}
	return -1;
}

bool instrumentation_entry_point_p(const char *name)
{
	return entry_point_index(name) >= 0;
}

bool removable_entry_point_p(const char *name)
{
	int i = entry_point_index(name);

	return i >= 0 && entry_points[i].removable;
}

/* The name a call to FNDECL links against: builtins have "__builtin_" names. */
const char *callee_symbol_name(tree fndecl)
{
	return IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(fndecl));
}
