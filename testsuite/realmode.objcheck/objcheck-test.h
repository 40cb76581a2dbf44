/*
 * objcheck-test.h - metadata for realmode-objcheck written by hand
 * (docs/metadata.md), so that a test's objects say exactly what the test
 * needs whether or not the plugin is loaded.  The objcheck tests compile
 * their C sources without the plugin unless a scenario says otherwise.
 */
#ifndef OBJCHECK_TEST_H
#define OBJCHECK_TEST_H

#include "realmode.h"

#define OC_RECORD(kind, sym)						\
	__asm__(".pushsection .discard.realmode." #kind ",\"\",@progbits\n" \
		"\t.balign 8\n\t.quad " #sym "\n\t.popsection")

/* SYM, defined here, is realmode. */
#define OC_REALMODE(sym)	OC_RECORD(funcs, sym)
/* SYM, defined elsewhere, was declared realmode here. */
#define OC_PROMISE(sym)		OC_RECORD(promises, sym)

/* A helper that stays a call, under its own name. */
#define OC_HELPER		__attribute__((noipa, used))

#endif
