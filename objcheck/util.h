/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * util.h - what every part of realmode-objcheck needs: memory that never
 * fails, the way out on bad input, string hashing, endian-aware reads.
 */
#ifndef OBJCHECK_UTIL_H
#define OBJCHECK_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

#define __noreturn	__attribute__((__noreturn__))
#define __printf(a, b)	__attribute__((__format__(printf, a, b)))

/* Exit codes: clean, violations found, bad usage or bad input. */
enum {
	EXIT_CLEAN = 0,
	EXIT_VIOLATIONS = 1,
	EXIT_BAD_INPUT = 2,
};

extern const char *progname;

#include <stdio.h>

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __printf(1, 2);

void fputs_clean(const char *s, FILE *f);

/*
 * One line, "realmode-objcheck: FILE: why", and exit 2.  fatal_hook,
 * when set, also gets the file (NULL for bad usage) and the message.
 */
extern void (*bad_input_hook)(void);
extern void (*fatal_hook)(const char *file, const char *msg);
void __noreturn bad_input(const char *file, const char *fmt, ...)
	__printf(2, 3);
void __noreturn bad_usage(const char *fmt, ...) __printf(1, 2);

/* A map from strings to pointers; keys are not copied. */
struct strmap {
	struct strmap_entry {
		const char *key;
		void *val;
	} *v;
	unsigned int mask, nr;
};

void *strmap_get(const struct strmap *map, const char *key);
/* The slot of KEY's value, created NULL if KEY is new. */
void **strmap_slot(struct strmap *map, const char *key);

static inline bool strmap_has(const struct strmap *map, const char *key)
{
	return strmap_get(map, key) != NULL;
}

static inline void strmap_add(struct strmap *map, const char *key)
{
	*strmap_slot(map, key) = (void *)key;
}

static inline bool strstarts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static inline uint32_t str_hash(const char *s)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static inline uint32_t u64_hash(uint64_t v)
{
	v ^= v >> 33;
	v *= 0xff51afd7ed558ccdull;
	v ^= v >> 33;
	return (uint32_t)v;
}

/* Power of two with room for n entries at most half full. */
static inline unsigned int hash_slots(unsigned int n)
{
	unsigned int s = 16;

	while (s < 2 * n)
		s <<= 1;
	return s;
}

static inline uint16_t get_u16(const unsigned char *p, bool be)
{
	return be ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

static inline uint32_t get_u32(const unsigned char *p, bool be)
{
	return be ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		    (uint32_t)p[2] << 8 | p[3]
		  : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
		    (uint32_t)p[1] << 8 | p[0];
}

static inline uint64_t get_u64(const unsigned char *p, bool be)
{
	uint64_t hi = get_u32(p + (be ? 0 : 4), be);
	uint64_t lo = get_u32(p + (be ? 4 : 0), be);

	return hi << 32 | lo;
}

#endif /* OBJCHECK_UTIL_H */
