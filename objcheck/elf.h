/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * elf.h - the ELF model of realmode-objcheck: relocatable objects (also
 * from archives, thin or not) as sections, symbols and relocations, with
 * the lookups the check needs.  Nothing here knows what realmode means.
 */
#ifndef OBJCHECK_ELF_H
#define OBJCHECK_ELF_H

#include <gelf.h>
#include <stdbool.h>
#include <stdint.h>

#include "util.h"

struct arch;
struct object;

struct section {
	unsigned int idx;
	const char *name;
	GElf_Shdr sh;
	struct object *obj;
	const unsigned char *data;	/* file bytes; NULL for SHT_NOBITS */
	unsigned long size;
	bool text;			/* SHF_EXECINSTR */
	/* Functions starting here, by offset; max_end[i] over funcs[0..i]. */
	struct symbol **funcs;
	unsigned long *max_end;
	unsigned int nr_funcs;
	/* Relocations applied to this section, by offset. */
	struct reloc *relocs;
	unsigned int nr_relocs;
};

struct symbol {
	unsigned int idx;
	const char *name;
	struct object *obj;
	struct section *sec;		/* NULL: undefined, absolute, common */
	unsigned long offset;		/* in sec (code address for .opd) */
	unsigned long len;
	unsigned char bind, type;
	bool undef;
	bool func;			/* code: in the funcs of its section */
	struct symbol *file;		/* the STT_FILE symbol of a local */
	struct symbol *alias;		/* canonical symbol of the same code */
	struct symbol *pfunc;		/* "f.cold" -> f; else itself */
	struct symbol *cold;		/* f -> its first cold part */
	struct symbol *cold_next;
	unsigned int name_next;		/* next index + 1 of the same hash */
	/* Owned by the check. */
	bool realmode;
	bool visited;
	struct symbol *via;		/* audit: reached from this caller */
	struct alt *alts;		/* patched-in code that belongs here */
};

struct reloc {
	struct section *sec;		/* the section it applies to */
	unsigned long offset;
	unsigned int type;
	struct symbol *sym;
	int64_t addend;
};

struct object {
	char *name;			/* "a.o", "lib.a(b.o)" */
	const unsigned char *image;
	size_t size;
	Elf *elf;
	unsigned int machine;
	bool big_endian;
	const struct arch *arch;
	struct section *sections;
	unsigned int nr_sections;
	struct symbol *symbols;
	unsigned int nr_symbols;
	unsigned int *sym_hash;		/* index + 1 by name */
	unsigned int sym_hash_mask;
	struct reloc **reloc_hash;	/* first reloc at (section, offset) */
	unsigned int reloc_hash_mask;
	/* Owned by the check. */
	unsigned long *unchecked;	/* sorted keys: (section << 40) | off */
	unsigned int nr_unchecked;
	const char **promises;
	unsigned int nr_promises;
};

struct objects {
	struct object **v;
	unsigned int nr, alloc;
};

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

/* The first relocation at exactly OFF in SEC; the next ones follow it. */
struct reloc *find_reloc_at(struct section *sec, unsigned long off);
/* The first relocation at or after OFF in SEC, or NULL. */
struct reloc *find_reloc_from(struct section *sec, unsigned long off);

static inline struct reloc *reloc_end(struct section *sec)
{
	return sec->relocs + sec->nr_relocs;
}

static inline unsigned long func_end(const struct symbol *func)
{
	return func->offset + func->len;
}

/* Bytes of SEC at OFF, or NULL when fewer than LEN are there. */
const unsigned char *sec_bytes(const struct section *sec, unsigned long off,
			       unsigned long len);

#endif /* OBJCHECK_ELF_H */
