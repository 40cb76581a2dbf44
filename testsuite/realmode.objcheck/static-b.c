/* helper() here is not realmode, whatever static-a.c's helper() is. */
#include "objcheck-test.h"

static OC_HELPER int helper(int *p)
{
	return *p - 1;
}

__realmode int static_b(int *p)
{
	return helper(p) * 3;
}

OC_REALMODE(static_b);
