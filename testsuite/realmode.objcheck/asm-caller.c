/* Calls both functions of asm-funcs.S, both declared realmode. */
#include "objcheck-test.h"

extern void asm_marked(void) __realmode;
extern void asm_plain(void) __realmode;

__realmode void asm_caller(void)
{
	asm_marked();
	asm_plain();
}

OC_REALMODE(asm_caller);
OC_PROMISE(asm_marked);
OC_PROMISE(asm_plain);
