/* A realmode function calling one of another object, declared realmode. */
#include "objcheck-test.h"

extern void clean_callee(int *p) __realmode;

__realmode void clean_caller(int *p)
{
	clean_callee(p);
	clean_callee(p + 1);
}

OC_REALMODE(clean_caller);
OC_PROMISE(clean_callee);
