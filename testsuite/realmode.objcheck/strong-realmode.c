/* A strong weak_fn() that is realmode: it overrides every weak one. */
#include "objcheck-test.h"

__realmode int weak_fn(int *p)
{
	return p != 0;
}

OC_REALMODE(weak_fn);
