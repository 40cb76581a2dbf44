/*
 * Recorded as realmode but built without the attribute: with
 * -fpatchable-function-entry or -mnop-mcount its entry is NOPs that
 * ftrace patches at run time, recorded in a table, not a call.
 */
#include "objcheck-test.h"

int patched(int *p)
{
	return *p;
}

OC_REALMODE(patched);
