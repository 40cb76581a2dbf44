// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * entry-points.c - the names of instrumentation entry points and gcov
 * counters (entry-points.def).
 *
 * A realmode function must not call or touch any of these.  Some are
 * left behind where GCC has no per-function switch (sanitizer coverage
 * on GCC 11, UBSan checks that the front end inserted before a later
 * declaration made the function realmode), or come with the body of an
 * inlined function (UBSan, -finstrument-functions); those the strip pass
 * may remove.  Any other that is still there at the end means stripping
 * failed.
 */
#include "realmode-plugin.h"

enum { WHOLE, PREFIX };

static const struct {
	const char *name;
	int match;
	bool removable;
	const char *what;
} entry_points[] = {
#define ENTRY_POINT(name, match, removable, what) \
	{ name, match, removable, what },
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

/* The instrumentation NAME belongs to ("gcov", "-pg", ...), or NULL. */
const char *instrumentation_symbol(const char *name)
{
	int i = entry_point_index(name);

	return i >= 0 ? entry_points[i].what : NULL;
}

bool removable_entry_point_p(const char *name)
{
	int i = entry_point_index(name);

	return i >= 0 && entry_points[i].removable;
}

/* A gcov counter array (__gcov0.f) or other variable of the profiler. */
bool instrumentation_var_p(const_tree decl)
{
	return decl && VAR_P(decl) && DECL_NAME(decl) &&
	       instrumentation_symbol(IDENTIFIER_POINTER(DECL_NAME(decl)));
}
