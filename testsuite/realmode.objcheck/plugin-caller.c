/*
 * Built with the plugin, which writes the metadata itself: the realmode
 * function, its promise about clean_callee(), a static helper found safe
 * (inferred) and a call in a sanctioned region.
 */
#include "realmode.h"

extern void clean_callee(int *p) __realmode;
extern void mmu_on_only(void);
extern int in_real_mode;

static __attribute__((noipa)) void plugin_helper(int *p)
{
	p[1] = 2;
}

__realmode void plugin_caller(int *p)
{
	clean_callee(p);
	plugin_helper(p);
	if (in_real_mode)
		return;
	realmode_unchecked_begin();
	mmu_on_only();
	realmode_unchecked_end();
}
