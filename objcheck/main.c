// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * main.c - the command line of realmode-objcheck.  See
 * docs/realmode-objcheck.1; --help says the same in short.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

static const char usage_text[] =
"Usage: realmode-objcheck [OPTION]... FILE...\n"
"Check that realmode functions in ELF objects, archives and ld -r output\n"
"call only realmode functions (docs/realmode-objcheck.1).\n"
"\n"
"  --allow SYM              SYM is safe to call (repeatable)\n"
"  --allow-file PATH        symbols safe to call, one a line, # comments\n"
"  --warn                   report warnings, and exit 0\n"
"  --noinstr-section NAME   every function in section NAME is realmode\n"
"                           (repeatable); on x86_64 checked along the\n"
"                           control flow, as objtool does it\n"
"  --roots SYM[,SYM...]     audit mode: report every function reachable\n"
"                           from SYM (a function, or a label in code)\n"
"                           that is instrumented or calls the sanitizer\n"
"                           runtime, with its path\n"
"  --runtime-file PATH      more sanitizer runtime functions for --roots,\n"
"                           one a line (NAME, or PREFIX*), # comments\n"
"  --format=json            one JSON document on stdout, also for bad\n"
"                           input and usage (exit status 2)\n"
"  --stats                  print counts at the end\n"
"  --help                   print this help and exit\n"
"  --version                print the version and exit\n"
"\n"
"An empty option value or file name is bad usage.\n"
"Exit status: 0 clean, 1 violations found, 2 bad usage or bad input.\n";

static const char *const builtin_runtime[] = {
#include "runtime-functions.inc"
};

enum {
	OPT_ALLOW = 256,
	OPT_ALLOW_FILE,
	OPT_WARN,
	OPT_NOINSTR,
	OPT_ROOTS,
	OPT_RUNTIME_FILE,
	OPT_FORMAT,
	OPT_STATS,
	OPT_HELP,
	OPT_VERSION,
};

static const struct option long_options[] = {
	{ "allow",		required_argument, NULL, OPT_ALLOW },
	{ "allow-file",		required_argument, NULL, OPT_ALLOW_FILE },
	{ "warn",		no_argument,	   NULL, OPT_WARN },
	{ "noinstr-section",	required_argument, NULL, OPT_NOINSTR },
	{ "roots",		required_argument, NULL, OPT_ROOTS },
	{ "runtime-file",	required_argument, NULL, OPT_RUNTIME_FILE },
	{ "format",		required_argument, NULL, OPT_FORMAT },
	{ "stats",		no_argument,	   NULL, OPT_STATS },
	{ "help",		no_argument,	   NULL, OPT_HELP },
	{ "version",		no_argument,	   NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

static void add_runtime(const char *name)
{
	opts.runtime = xrealloc(opts.runtime, opts.nr_runtime + 1,
				sizeof(char *));
	opts.runtime[opts.nr_runtime++] = name;
}

static void add_allow(const char *name)
{
	strmap_add(&opts.allow, name);
}

/*
 * One name a line; '#' starts a comment; blank lines are nothing.  A
 * line is read whole, whatever its length, and a NUL byte in it is said
 * as such: a string would end there, and take half a name for a name.
 */
static void read_name_file(const char *path, void (*add)(const char *))
{
	char *line = NULL;
	size_t size = 0;
	ssize_t len;
	unsigned int lineno = 0;
	FILE *f = fopen(path, "r");

	if (!f)
		bad_input(path, "%s", strerror(errno));
	while ((len = getline(&line, &size, f)) >= 0) {
		char *p = line, *end;

		lineno++;
		if (memchr(line, '\0', len))
			bad_input(path, "line %u holds a NUL byte", lineno);
		*strchrnul(p, '#') = '\0';
		while (isspace((unsigned char)*p))
			p++;
		for (end = p; *end && !isspace((unsigned char)*end); end++)
			;
		if (*end) {
			*end++ = '\0';
			while (isspace((unsigned char)*end))
				end++;
			if (*end)
				bad_input(path, "line %u: one symbol a line",
					  lineno);
		}
		if (*p)
			add(xstrdup(p));
	}
	if (ferror(f))
		bad_input(path, "%s", strerror(errno));
	free(line);
	fclose(f);
}

/* "a,b": an empty name ("a,", "a,,b") is a slip, as an empty value. */
static void add_roots(char *list)
{
	char *copy = xstrdup(list), *next;

	for (char *s = copy; s; s = next) {
		next = strchr(s, ',');
		if (next)
			*next++ = '\0';
		if (!*s)
			bad_usage("--roots: an empty name in '%s'", list);
		opts.roots = xrealloc(opts.roots, opts.nr_roots + 1,
				      sizeof(char *));
		opts.roots[opts.nr_roots++] = s;
	}
}

static void parse_options(int argc, char **argv)
{
	int c, opt_index;

	opterr = 0;
	for (unsigned int i = 0; i < ARRAY_SIZE(builtin_runtime); i++)
		add_runtime(builtin_runtime[i]);
	while ((c = getopt_long(argc, argv, "h", long_options,
				&opt_index)) != -1) {
		/* An unset variable, most likely: no name means nothing. */
		if (c >= OPT_ALLOW && optarg && !*optarg)
			bad_usage("option '--%s' needs a non-empty argument",
				  long_options[opt_index].name);
		switch (c) {
		case OPT_ALLOW:
			add_allow(optarg);
			break;
		case OPT_ALLOW_FILE:
			read_name_file(optarg, add_allow);
			break;
		case OPT_WARN:
			opts.warn = true;
			break;
		case OPT_NOINSTR:
			strmap_add(&opts.noinstr, optarg);
			break;
		case OPT_ROOTS:
			add_roots(optarg);
			break;
		case OPT_RUNTIME_FILE:
			read_name_file(optarg, add_runtime);
			break;
		case OPT_FORMAT:
			if (!strcmp(optarg, "json"))
				opts.json = true;
			else if (!strcmp(optarg, "text"))
				opts.json = false;
			else
				bad_usage("unknown format '%s' (json or text)",
					  optarg);
			/* Bad input and later bad usage: a document too. */
			fatal_hook = opts.json ? report_fatal : NULL;
			break;
		case OPT_STATS:
			opts.stats = true;
			break;
		case 'h':
		case OPT_HELP:
			fputs(usage_text, stdout);
			exit(EXIT_CLEAN);
		case OPT_VERSION:
			printf("realmode-objcheck %s\n", OBJCHECK_VERSION);
			exit(EXIT_CLEAN);
		case ':':
			bad_usage("option '%s' needs an argument",
				  argv[optind - 1]);
		default:
			if (optopt && optopt < 256)
				bad_usage("unknown option '-%c'", optopt);
			else if (optopt)
				bad_usage("option '%s' needs an argument",
					  argv[optind - 1]);
			bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		bad_usage("no input files");
	for (int i = optind; i < argc; i++)
		if (!*argv[i])
			bad_usage("an empty file name");
}

/* Calls are resolved by name over all objects: they must be one target's. */
static void same_machine(const struct objects *objs)
{
	for (unsigned int i = 1; i < objs->nr; i++) {
		const struct object *a = objs->v[0], *b = objs->v[i];

		if (a->arch != b->arch || a->big_endian != b->big_endian)
			bad_input(b->name, "%s %s-endian, unlike %s "
				  "(%s %s-endian)", b->arch->name,
				  b->big_endian ? "big" : "little", a->name,
				  a->arch->name,
				  a->big_endian ? "big" : "little");
	}
}

int main(int argc, char **argv)
{
	struct program prog = { 0 };
	unsigned long errors;

	parse_options(argc, argv);
	for (int i = optind; i < argc; i++)
		elf_load_path(&prog.objs, argv[i], want_relocs);
	same_machine(&prog.objs);
	program_prepare(&prog);

	report_begin(opts.nr_roots ? "audit" : "check", argv + optind,
		     argc - optind);
	if (opts.nr_roots)
		errors = audit_roots(&prog);
	else
		errors = check_realmode(&prog);
	return report_end(errors);
}
