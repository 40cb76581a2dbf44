/* The realmode definition clean-caller.c relies on. */
#include "objcheck-test.h"

__realmode void clean_callee(int *p)
{
	*p = 0;
}

OC_REALMODE(clean_callee);
