/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * gcc-compat.h - every difference between the GCC versions realmode
 * supports lives here, so the plugin logic reads the same for each.
 *
 * Supported: GCC 11 to 14, native and cross (powerpc64le, aarch64).  Nothing
 * outside this file may test GCCPLUGIN_VERSION_MAJOR.
 */
#ifndef REALMODE_GCC_COMPAT_H
#define REALMODE_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tm.h"
#include "stringpool.h"
#include "tree.h"
#include "memmodel.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cgraph.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "ssa.h"
#include "rtl.h"
#include "emit-rtl.h"
#include "attribs.h"
#include "diagnostic-core.h"
#include "asan.h"
#include "flags.h"
#include "options.h"
#include "langhooks.h"
#include "target.h"
#include "hash-set.h"
#if GCCPLUGIN_VERSION_MAJOR >= 14
#include "rich-location.h"	/* no longer in line-map.h */
#endif

#if GCCPLUGIN_VERSION_MAJOR < 11 || GCCPLUGIN_VERSION_MAJOR > 14
#error "realmode supports GCC 11 to 14"
#endif

/*
 * The sanitizers whose checks trap instead of calling a handler.  GCC 13
 * replaced the all-or-nothing -fsanitize-undefined-trap-on-error with
 * the -fsanitize-trap= mask.
 */
static inline unsigned int compat_sanitize_trap(void)
{
#if GCCPLUGIN_VERSION_MAJOR >= 13
	return flag_sanitize_trap;
#else
	return flag_sanitize_undefined_trap_on_error ? ~0U : 0U;
#endif
}

/*
 * GCC 12 has a per-function switch for -fsanitize-coverage (the
 * no_sanitize_coverage attribute, read by sanitize_coverage_p()).
 * GCC 11 has none: there the strip pass removes the calls that the
 * sancov pass inserted.
 */
#if GCCPLUGIN_VERSION_MAJOR >= 12
#define COMPAT_HAVE_NO_SANITIZE_COVERAGE	true
#else
#define COMPAT_HAVE_NO_SANITIZE_COVERAGE	false
#endif

/*
 * -ftrivial-auto-var-init (GCC 12) marks each variable it initialises
 * with a .DEFERRED_INIT internal call, expanded to stores or memset.
 * Returns the variable, or NULL for any other statement.
 */
static inline tree compat_deferred_init_var(const gimple *stmt)
{
#if GCCPLUGIN_VERSION_MAJOR >= 12
	if (gimple_call_internal_p(stmt, IFN_DEFERRED_INIT))
		return gimple_call_lhs(stmt);
#endif
	(void)stmt;
	return NULL_TREE;
}

/*
 * GCC 12's gimple_set_location() calls copy_warning(), which GCC 11's
 * cc1 does not have: a plugin built for 12 would then fail to load in
 * 11 with an undefined symbol, before it can say which GCC it is for.
 * A new statement has no warning state to carry over.
 */
static inline void compat_set_location(gimple *stmt, location_t loc)
{
	stmt->location = loc;
}

/* GCC 14 has -fstrub and its per-function strub attribute. */
#if GCCPLUGIN_VERSION_MAJOR >= 14
#define COMPAT_HAVE_STRUB	true
#else
#define COMPAT_HAVE_STRUB	false
#endif

#endif /* REALMODE_GCC_COMPAT_H */
