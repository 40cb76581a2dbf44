/*
 * A plain function with a patchable entry just before one recorded as
 * realmode that has none: the NOPs of the first are its own, even where
 * a landing pad (BTI, ENDBR) puts them past its first instruction.
 * -DRM_PATCHED gives the second its NOPs too.
 */
#include "objcheck-test.h"

#ifdef RM_PATCHED
# define RM_ENTRY
#else
# define RM_ENTRY	__attribute__((patchable_function_entry(0, 0)))
#endif

__attribute__((noinline)) int
plain_neighbour(int *p)
{
	return *p + 1;
}

__attribute__((noinline)) RM_ENTRY int
unpatched_rm(int *p)
{
	return *p;
}

OC_REALMODE(unpatched_rm);
