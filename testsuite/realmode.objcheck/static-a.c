/* A realmode static helper; static-b.c has one of the same name that is not. */
#include "objcheck-test.h"

static OC_HELPER int helper(int *p)
{
	return *p + 1;
}

__realmode int static_a(int *p)
{
	return helper(p) * 2;
}

OC_REALMODE(helper);
OC_REALMODE(static_a);
