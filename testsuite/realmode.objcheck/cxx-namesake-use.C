/*
 * Realmode callers of mine::memcpy (cxx-namesake-def.C), declared
 * realmode here, and of the global memcpy(), which nothing says is.
 */
#include <stddef.h>
#include <string.h>
#include "objcheck-test.h"

namespace mine {
void *memcpy(void *dst, const void *src, size_t n) __realmode;
}

extern "C" __realmode void copy_mine(void *d, const void *s, size_t n)
{
	mine::memcpy(d, s, n);
}

extern "C" __realmode void copy_global(void *d, const void *s, size_t n)
{
	::memcpy(d, s, n);
}

OC_REALMODE(copy_mine);
OC_REALMODE(copy_global);
OC_PROMISE(_ZN4mine6memcpyEPvPKvm);
