/*
 * Recorded as realmode but built without the attribute: with -pg its
 * code calls _mcount (an instrumentation entry point), without it not.
 */
#include "objcheck-test.h"

int traced_load(int *p)
{
	return *p;
}

OC_REALMODE(traced_load);
