/*
 * A realmode weak definition, and a realmode function that calls it.
 * Where another object defines weak_fn() strongly (weak-strong.c), the
 * link takes that one, and so does this call.  -DCALLER=name renames the
 * caller, for a second object of the same kind.
 */
#include "objcheck-test.h"

#ifndef CALLER
#define CALLER weak_caller
#endif

__realmode __attribute__((weak)) int weak_fn(int *p)
{
	return p != 0;
}

__realmode __attribute__((noinline)) int CALLER(int *p)
{
	return weak_fn(p) + 1;
}

OC_REALMODE(weak_fn);
OC_REALMODE(CALLER);
