// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * util.c - allocation that never returns NULL, and the one-line exit on
 * bad input or bad usage.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "util.h"

const char *progname = "realmode-objcheck";

static void __noreturn out_of_memory(void)
{
	fprintf(stderr, "%s: out of memory\n", progname);
	exit(EXIT_BAD_INPUT);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *ptr, size_t nmemb, size_t size)
{
	void *p;

	if (size && nmemb > SIZE_MAX / size)
		out_of_memory();
	p = realloc(ptr, nmemb && size ? nmemb * size : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		out_of_memory();
	va_end(ap);
	return s;
}

/* S on one line: names from a corrupt file may hold any byte. */
void fputs_clean(const char *s, FILE *f)
{
	for (; *s; s++) {
		unsigned char ch = *s;

		if (ch < 0x20 || ch == 0x7f)
			fprintf(f, "\\x%02x", ch);
		else
			fputc(ch, f);
	}
}

/* The fuzzer (objcheck/fuzz.c) returns from bad input instead of exiting. */
void (*bad_input_hook)(void);
void (*fatal_hook)(const char *file, const char *msg);

void bad_input(const char *file, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		out_of_memory();
	va_end(ap);
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	fputs_clean(file, stderr);
	fputs(": ", stderr);
	fputs_clean(msg, stderr);
	fputc('\n', stderr);
	if (fatal_hook)
		fatal_hook(file, msg);
	free(msg);
	if (bad_input_hook)
		bad_input_hook();
	exit(EXIT_BAD_INPUT);
}

void bad_usage(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		out_of_memory();
	va_end(ap);
	fflush(stdout);
	fprintf(stderr, "%s: %s (try '%s --help')\n", progname, msg,
		progname);
	if (fatal_hook)
		fatal_hook(NULL, msg);
	free(msg);
	exit(EXIT_BAD_INPUT);
}

void *strmap_get(const struct strmap *map, const char *key)
{
	unsigned int h;

	if (!map->v)
		return NULL;
	for (h = str_hash(key) & map->mask; map->v[h].key;
	     h = (h + 1) & map->mask)
		if (!strcmp(map->v[h].key, key))
			return map->v[h].val;
	return NULL;
}

static void strmap_grow(struct strmap *map)
{
	struct strmap old = *map;

	/* Doubling: a big map is most of the memory some inputs take. */
	map->mask = old.v ? 2 * old.mask + 1 : 15;
	map->v = xcalloc(map->mask + 1, sizeof(*map->v));
	map->nr = 0;
	for (unsigned int i = 0; old.v && i <= old.mask; i++)
		if (old.v[i].key)
			*strmap_slot(map, old.v[i].key) = old.v[i].val;
	free(old.v);
}

void **strmap_slot(struct strmap *map, const char *key)
{
	unsigned int h;

	if (!map->v || 2 * (map->nr + 1) > map->mask + 1)
		strmap_grow(map);
	for (h = str_hash(key) & map->mask; map->v[h].key;
	     h = (h + 1) & map->mask)
		if (!strcmp(map->v[h].key, key))
			return &map->v[h].val;
	map->v[h].key = key;
	map->nr++;
	return &map->v[h].val;
}
