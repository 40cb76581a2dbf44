/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * realmode.h - mark code that may run with the MMU off.
 *
 * With the realmode GCC plugin loaded (-fplugin=realmode.so),
 * __realmode is __attribute__((realmode)): the function carries no
 * instrumentation at all, and the plugin checks it.  Without the plugin
 * the same code still builds; __realmode then falls back to the
 * compiler's own per-function switches, which strip most instrumentation
 * but check nothing.
 *
 * realmode_unchecked_begin() and realmode_unchecked_end() enclose code of
 * a realmode function that only runs with the MMU on (after an early
 * return taken in real mode): calls there are not checked, and the code
 * still carries no instrumentation.  They cost no instruction.
 *
 * REALMODE_PLUGIN is 1 when the plugin is loaded, 0 otherwise.
 */
#ifndef REALMODE_H
#define REALMODE_H

#ifdef __ASSEMBLER__

/*
 * REALMODE_FUNC(sym): record an assembly function as realmode for
 * realmode-objcheck (docs/metadata.md).  Emits no code.
 */
#define REALMODE_FUNC(sym)						\
	.pushsection .discard.realmode.funcs, "", @progbits;		\
	.balign 8;							\
	.quad sym;							\
	.popsection

/*
 * REALMODE_UNCHECKED_CALL: right before a call instruction of a realmode
 * assembly function that only runs with the MMU on (after enter_vmx_ops()
 * said yes, say): realmode-objcheck does not check that call, as it does
 * not check calls in a C function's realmode_unchecked_begin()/end().
 */
#define REALMODE_UNCHECKED_CALL						\
	771:;								\
	.pushsection .discard.realmode.unchecked, "", @progbits;	\
	.balign 8;							\
	.quad 771b;							\
	.popsection

#else /* !__ASSEMBLER__ */

#ifdef __has_attribute
# if __has_attribute(realmode)
#  define REALMODE_PLUGIN 1
# endif
#endif

#ifdef REALMODE_PLUGIN

#define __realmode __attribute__((realmode))

/*
 * Calls to functions no one defines: the plugin checks where they are and
 * deletes them.  Unknown effects keep them in place among other calls.
 */
#ifdef __cplusplus
extern "C" {
#endif
extern void __realmode_unchecked_begin(void) __attribute__((__nothrow__));
extern void __realmode_unchecked_end(void) __attribute__((__nothrow__));
#ifdef __cplusplus
}
#endif

#define realmode_unchecked_begin()	__realmode_unchecked_begin()
#define realmode_unchecked_end()	__realmode_unchecked_end()

#else /* !REALMODE_PLUGIN */

#define REALMODE_PLUGIN 0

/* What every GCC we support has (GCC 11 and later). */
#define __realmode_base							\
	__attribute__((no_sanitize_address, no_sanitize_thread,		\
		       no_sanitize_undefined, no_instrument_function,	\
		       no_profile_instrument_function))

/* KCOV: GCC 12 can switch it off per function, GCC 11 cannot. */
#if defined(__has_attribute) && __has_attribute(no_sanitize_coverage)
# define __realmode_no_kcov __attribute__((no_sanitize_coverage))
#else
# define __realmode_no_kcov
#endif

/* Not every target takes patchable_function_entry. */
#if defined(__has_attribute) && __has_attribute(patchable_function_entry)
# define __realmode_no_patch __attribute__((patchable_function_entry(0, 0)))
#else
# define __realmode_no_patch
#endif

#define __realmode __realmode_base __realmode_no_kcov __realmode_no_patch

/* Without the plugin nothing is checked: the markers are no code. */
#define realmode_unchecked_begin()	do { } while (0)
#define realmode_unchecked_end()	do { } while (0)

#endif /* REALMODE_PLUGIN */

#endif /* __ASSEMBLER__ */

#endif /* REALMODE_H */
