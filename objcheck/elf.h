/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * elf.h - the ELF model of realmode-objcheck: relocatable objects (also
 * from archives, thin or not) as sections, symbols and relocations, with
 * the lookups the check needs.  Nothing here knows what realmode means.
 */
#ifndef OBJCHECK_ELF_H
#define OBJCHECK_ELF_H

#include <elf.h>
#include <stdbool.h>
#include <stdint.h>

#include "util.h"

struct arch;
struct object;

/*
 * There is one of these for every section, and an object built with
 * -ffunction-sections has two sections for every function: kept small.
 */
struct section {
	const char *name;
	struct object *obj;
	const unsigned char *data;	/* file bytes; NULL for SHT_NOBITS */
	unsigned long size;
	/* Of the section header, only what the check uses. */
	unsigned long entsize;
	unsigned int type, link, info;
	/*
	 * Functions starting here, by offset, and after them in the same
	 * block their max_end (sec_max_end()).
	 */
	struct symbol **funcs;
	unsigned int nr_funcs;
	/*
	 * Relocations applied to this section, by offset: nr_relocs are
	 * checked when the object is loaded, but read from the file only
	 * when first asked for (sec_relocs()).  first_rel is the index of
	 * the first relocation section applied here; more_rels says there
	 * are others (after it).
	 */
	unsigned int nr_relocs;
	struct reloc *relocs;
	unsigned int first_rel;
	bool more_rels;
	bool relocs_read;
	bool text;			/* SHF_EXECINSTR */
};

/* One for every symbol: kept small, as struct section. */
struct symbol {
	const char *name;
	struct object *obj;
	struct section *sec;		/* NULL: undefined, absolute, common */
	unsigned long offset;		/* in sec (code address for .opd) */
	unsigned long len;
	struct symbol *alias;		/* canonical symbol of the same code */
	struct symbol *pfunc;		/* "f.cold" -> f; else itself */
	unsigned int idx;
	unsigned int file;		/* index of the STT_FILE of a local */
	unsigned int cold;		/* f -> index of its first cold part */
	unsigned int cold_next;		/* index of the next one, or 0 */
	unsigned char bind, type;
	bool undef;
	bool func;			/* code: in the funcs of its section */
	bool unsized;			/* a label: its size is our guess */
	/* Owned by the check; bits, so that the struct stays this small. */
	bool realmode:1;
	bool visited:1;
	bool overridden:1;		/* the link takes another definition */
	unsigned char noret;		/* flow.c: 0 unknown, 1 no, 2 yes */
	struct symbol *via;		/* audit: reached from this caller */
	struct alt *alts;		/* patched-in code that belongs here */
};

struct reloc {
	unsigned long offset;
	struct symbol *sym;
	int64_t addend;
	unsigned int type;
};

struct object {
	char *name;			/* "a.o", "lib.a(b.o)" */
	const unsigned char *image;
	size_t size;
	unsigned int machine;
	bool big_endian;
	const struct arch *arch;
	struct section *sections;
	unsigned int nr_sections;
	struct symbol *symbols;
	unsigned int nr_symbols;
	unsigned int *sym_hash;		/* index + 1 by name */
	unsigned int sym_hash_mask;
	/* Mapped table bytes read and not needed again (elf.c release). */
	const unsigned char *done_lo, *done_hi;
	size_t done_bytes;
	/* Owned by the check. */
	unsigned long *unchecked;	/* sorted keys: (section << 40) | off */
	unsigned int nr_unchecked;
	unsigned long *instr_begin, *instr_end;	/* the same, noinstr mode */
	unsigned int nr_instr_begin, nr_instr_end;
	const char **promises;
	unsigned int nr_promises;
	/* marks.c: read once, when first asked. */
	bool marks_read;
	unsigned long *mcount_keys, *patch_keys;	/* sorted keys */
	unsigned int nr_mcount_keys, nr_patch_keys;
	struct symbol **counters;	/* __gcov0.* */
	unsigned int nr_counters;
};

struct objects {
	struct object **v;
	unsigned int nr, alloc;
};

static inline unsigned int sec_idx(const struct section *sec)
{
	return sec - sec->obj->sections;
}

/* max_end[i] is the end of the furthest reaching of funcs[0..i]. */
static inline unsigned long *sec_max_end(const struct section *sec)
{
	return (unsigned long *)(sec->funcs + sec->nr_funcs);
}

/* The cold parts of F, in a list: first_cold(f), next_cold(part). */
static inline struct symbol *first_cold(const struct symbol *f)
{
	return f->cold ? &f->obj->symbols[f->cold] : NULL;
}

static inline struct symbol *next_cold(const struct symbol *part)
{
	return part->cold_next ? &part->obj->symbols[part->cold_next] : NULL;
}

/*
 * Load PATH (object, archive or thin archive) and append its objects.
 * WANT says which sections' relocations to keep besides code's.
 */
void elf_load_path(struct objects *list, const char *path,
		   bool (*want)(const struct section *sec));

struct section *find_section_by_name(struct object *obj, const char *name);
struct symbol *find_symbol_by_name(struct object *obj, const char *name);
struct symbol *next_symbol_by_name(struct symbol *sym);

/* The innermost function whose code covers OFF in SEC. */
struct symbol *find_func_covering(struct section *sec, unsigned long off);
/* A symbol that names code: a function, or a label of assembly. */
bool code_symbol(const struct symbol *sym);

/* The relocations of SEC, sorted by offset, read on first use. */
struct reloc *sec_relocs(struct section *sec);
/* Done with them for now: freed, read again if asked for again. */
void sec_relocs_drop(struct section *sec);

/* The first relocation at exactly OFF in SEC; the next ones follow it. */
struct reloc *find_reloc_at(struct section *sec, unsigned long off);
/* The first relocation at or after OFF in SEC, or NULL. */
struct reloc *find_reloc_from(struct section *sec, unsigned long off);

static inline struct reloc *reloc_end(struct section *sec)
{
	return sec_relocs(sec) + sec->nr_relocs;
}

static inline unsigned long func_end(const struct symbol *func)
{
	return func->offset + func->len;
}

/* Bytes of SEC at OFF, or NULL when fewer than LEN are there. */
const unsigned char *sec_bytes(const struct section *sec, unsigned long off,
			       unsigned long len);

#endif /* OBJCHECK_ELF_H */
