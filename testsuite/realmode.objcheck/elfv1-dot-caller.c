/* A realmode C caller of the kernel-style ELFv1 functions of elfv1-dot.S. */
#include "objcheck-test.h"

extern void dot_marked(void) __realmode;
extern void dot_plain(void) __realmode;

__realmode void dot_caller(void)
{
	dot_marked();
	dot_plain();
}
OC_REALMODE(dot_caller);
OC_PROMISE(dot_marked);
OC_PROMISE(dot_plain);
