// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * report.c - how realmode-objcheck says what it found: one line per
 * finding on stderr, objtool style, or with --format=json one document
 * on stdout; --stats adds the counts.
 *
 *   FILE: error: realmode: FUNC()+0xOFF: call to CALLEE() ...
 *   FILE: error: realmode: ROOT -> ... -> FUNC: __asan_load4_noabort
 *   FILE: note: realmode: ROOT -> FUNC: indirect call at FUNC()+0x1c, ...
 *
 * With --warn, "error" becomes "warning" and the exit status is 0.
 */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

static struct {
	const char *mode;
	char **files;
	int nr_files;
	char **json;			/* rendered diagnostics */
	unsigned int nr_json;
	unsigned long notes;
} out;

static const char *level_name(enum diag_level level)
{
	if (level == DIAG_NOTE)
		return "note";
	return opts.warn ? "warning" : "error";
}

/* S as a JSON string, quotes included. */
static char *json_str(const char *s)
{
	size_t n = 2;
	char *r, *p;

	if (!s)
		return xstrdup("null");
	for (const char *q = s; *q; q++)
		n += (unsigned char)*q < 0x20 || *q == '"' ||
		     *q == '\\' ? 6 : 1;
	r = p = xmalloc(n + 1);
	*p++ = '"';
	for (; *s; s++) {
		unsigned char ch = *s;

		if (ch == '"' || ch == '\\') {
			*p++ = '\\';
			*p++ = ch;
		} else if (ch < 0x20) {
			p += sprintf(p, "\\u%04x", ch);
		} else {
			*p++ = ch;
		}
	}
	*p++ = '"';
	*p = '\0';
	return r;
}

static char *json_diag(const struct diag *d)
{
	char *file = json_str(d->file), *func = json_str(d->func);
	char *section = json_str(d->func ? NULL : d->section);
	char *callee = json_str(d->callee), *path = json_str(d->path);
	char *msg = json_str(d->message), *off, *r;

	off = d->has_off ? xasprintf("%lu", d->off) : xstrdup("null");
	r = xasprintf("{\"file\": %s, \"severity\": \"%s\", \"kind\": \"%s\", "
		      "\"function\": %s, \"offset\": %s, \"callee\": %s, "
		      "\"path\": %s, \"message\": %s, \"section\": %s}",
		      file, level_name(d->level), d->kind, func, off, callee,
		      path, msg, section);
	free(file);
	free(section);
	free(func);
	free(callee);
	free(path);
	free(msg);
	free(off);
	return r;
}

void report(const struct diag *d)
{
	char *where, *line;

	if (d->level == DIAG_NOTE)
		out.notes++;
	if (opts.json) {
		out.json = xrealloc(out.json, out.nr_json + 1, sizeof(char *));
		out.json[out.nr_json++] = json_diag(d);
		return;
	}
	if (d->path)
		where = xasprintf("%s: ", d->path);
	else if (d->func && d->has_off)
		where = xasprintf("%s()+0x%lx: ", d->func, d->off);
	else if (d->func)
		where = xasprintf("%s(): ", d->func);
	else if (d->section && d->has_off)
		where = xasprintf("%s+0x%lx: ", d->section, d->off);
	else
		where = xstrdup("");
	line = xasprintf("%s: %s: realmode: %s%s", d->file,
			 level_name(d->level), where, d->message);
	fputs_clean(line, stderr);
	fputc('\n', stderr);
	free(where);
	free(line);
}

void report_begin(const char *mode, char **files, int nr_files)
{
	out.mode = mode;
	out.files = files;
	out.nr_files = nr_files;
}

static void print_json(unsigned long errors)
{
	unsigned int i;

	printf("{\n  \"program\": \"realmode-objcheck\",\n"
	       "  \"version\": \"%s\",\n  \"mode\": \"%s\",\n  \"files\": [",
	       OBJCHECK_VERSION, out.mode);
	for (i = 0; i < (unsigned int)out.nr_files; i++) {
		char *f = json_str(out.files[i]);

		printf("%s%s", i ? ", " : "", f);
		free(f);
	}
	printf("],\n  \"diagnostics\": [");
	for (i = 0; i < out.nr_json; i++)
		printf("%s\n    %s", i ? "," : "", out.json[i]);
	printf("%s],\n  \"errors\": %lu,\n  \"notes\": %lu", out.nr_json ?
	       "\n  " : "", errors, out.notes);
	if (opts.stats)
		printf(",\n  \"stats\": {\"objects\": %lu, \"functions\": %lu, "
		       "\"realmode\": %lu, \"reached\": %lu, \"calls\": %lu, "
		       "\"sanctioned\": %lu, \"allowed\": %lu, "
		       "\"promises\": %lu}",
		       stats.objects, stats.functions, stats.realmode,
		       stats.reached, stats.calls, stats.sanctioned,
		       stats.allowed, stats.promises);
	printf("\n}\n");
}

/*
 * With --format=json, bad input or usage is a document too, so that a
 * consumer that parses stdout always has one: the error and the status.
 */
void report_fatal(const char *file, const char *msg)
{
	char *f = json_str(file), *m = json_str(msg);

	printf("{\n  \"program\": \"realmode-objcheck\",\n"
	       "  \"version\": \"%s\",\n"
	       "  \"error\": {\"file\": %s, \"message\": %s},\n"
	       "  \"status\": %d\n}\n", OBJCHECK_VERSION, f, m,
	       EXIT_BAD_INPUT);
	fflush(stdout);
	free(f);
	free(m);
}

int report_end(unsigned long errors)
{
	if (opts.json)
		print_json(errors);
	else if (opts.stats)
		fprintf(stderr, "%s: stats: %lu objects, %lu functions, "
			"%lu realmode, %lu reached from roots, %lu calls "
			"(%lu sanctioned, %lu allowed), %lu promises, "
			"%lu %ss, %lu notes\n", progname, stats.objects,
			stats.functions, stats.realmode, stats.reached,
			stats.calls, stats.sanctioned, stats.allowed,
			stats.promises, errors, level_name(DIAG_ERROR),
			out.notes);
	fflush(stdout);
	if (ferror(stdout)) {
		fprintf(stderr, "%s: error writing output\n", progname);
		return EXIT_BAD_INPUT;
	}
	return errors && !opts.warn ? EXIT_VIOLATIONS : EXIT_CLEAN;
}
