/*
 * Recorded as realmode but built without the attribute: with KASAN's
 * stack instrumentation its frame gets redzones, stored directly in the
 * shadow.  use() is out of the object, so no call of it is judged here.
 */
#include "objcheck-test.h"

void use(char *buf);

int framed(void)
{
	char buf[64];

	use(buf);
	return buf[3];
}

OC_REALMODE(framed);
