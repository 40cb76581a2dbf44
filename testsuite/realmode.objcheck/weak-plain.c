/*
 * A weak weak_fn() that is not realmode, and a realmode function that
 * calls it: safe only where the link takes a realmode definition instead.
 */
#include "objcheck-test.h"

__attribute__((weak)) int weak_fn(int *p)
{
	return *p;
}

__realmode __attribute__((noinline)) int plain_weak_caller(int *p)
{
	return weak_fn(p) + 2;
}

OC_REALMODE(plain_weak_caller);
