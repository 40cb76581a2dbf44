/*
 * A realmode memcpy() of a namespace of its own: mine::memcpy, the
 * symbol _ZN4mine6memcpyEPvPKvm, a namesake of the global memcpy() and
 * not it.  Byte by byte through volatile, so that GCC does not make the
 * loop a call to memcpy() itself.
 */
#include <stddef.h>
#include "objcheck-test.h"

namespace mine {

__realmode void *memcpy(void *dst, const void *src, size_t n)
{
	volatile char *d = (volatile char *)dst;
	const volatile char *s = (const volatile char *)src;

	while (n--)
		*d++ = *s++;
	return dst;
}

}

OC_REALMODE(_ZN4mine6memcpyEPvPKvm);
