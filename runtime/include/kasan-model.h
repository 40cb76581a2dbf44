/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * kasan-model.h - a user-space model of generic KASAN and of the MMU
 * switch around the kexec copy.
 *
 * Programs are compiled with -fsanitize=kernel-address
 * -fasan-shadow-offset=KASAN_SHADOW_OFFSET; the model provides the shadow
 * and the __asan_* entry points.  mmu_off() makes all of the shadow
 * inaccessible, as it is to code running in real mode; the first shadow
 * access after it ends the process with a bad_page_fault line.
 */
#ifndef RM_KASAN_MODEL_H
#define RM_KASAN_MODEL_H

#include <stddef.h>

/* Exit codes of a program that the model stops. */
#define KASAN_EXIT_MMU_OFF	3	/* shadow accessed with the MMU off */
#define KASAN_EXIT_REPORT	4	/* KASAN report from a non-recovering check */
#define KASAN_EXIT_FAULT	5	/* any other fault the model cannot explain */

void kasan_init(void);

/* The switch into and out of real mode. */
void mmu_off(void);
void mmu_on(void);
int mmu_is_off(void);

/* Reports so far (a recovering check prints one and continues). */
extern unsigned long kasan_report_count;
/* Warnings from the model (rm_warn()), e.g. VMX misuse. */
extern unsigned long rm_warn_count;

/* Kernel memory: slab-like objects with redzones, and pages. */
void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(const void *obj);
void *alloc_pages_exact(size_t npages);
void free_pages_exact(void *addr, size_t npages);

/* The console: kernel messages go to stderr, one line each. */
void rm_printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void rm_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "sym+0xoff/0xsize" for a code address, as %pS prints it. */
const char *rm_symbolize(unsigned long ip, char *buf, size_t len);

#endif /* RM_KASAN_MODEL_H */
