/* The cold partition hot.cold (x86_64 at -O2) belongs to hot(). */
#include "objcheck-test.h"

extern void cold_fn(void) __attribute__((cold));
extern void warm_fn(void);

__realmode void hot(int x)
{
	if (__builtin_expect(x, 0)) {
		cold_fn();
		warm_fn();
	}
}

OC_REALMODE(hot);
