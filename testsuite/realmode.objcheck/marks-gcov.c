/*
 * Recorded as realmode but built without the attribute: with
 * -fprofile-arcs its code updates gcov counters and calls nothing.
 */
#include "objcheck-test.h"

int counted(int *p)
{
	if (*p > 3)
		return p[1];
	return p[2];
}

OC_REALMODE(counted);
