// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * elf.c - reading relocatable objects, archives and thin archives into
 * the model of elf.h.
 *
 * Everything read from a file is checked against the file before it is
 * used: an offset, a size or an index that points outside is bad input,
 * reported in one line naming the file, never a crash.  The file is
 * mapped read-only.  libelf reads the ELF header and the section header
 * table (converting byte order) and is then let go: it keeps a
 * descriptor for every section, which on an object built with
 * -ffunction-sections weighs as much as the object.  Symbols,
 * relocations, code and metadata are read in place with explicit byte
 * order.
 *
 * Only the relocations the check can use are checked and kept: those of
 * code sections, of the sections the caller asks for, and of .opd (ppc64
 * ELFv1 function descriptors, which stand for the code of their
 * functions).  All of them are checked when the object is loaded, but a
 * section's are read into memory only when the check first asks for them
 * (sec_relocs()): on a big object most of the code is never looked at.
 *
 * Peak memory is what limits the objects that can be checked, so table
 * bytes copied out of the map are given back (release()).
 */
#include <ar.h>
#include <gelf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arch.h"
#include "elf.h"

#define MAX_ARCHIVE_DEPTH	8

static bool (*want_relocs)(const struct section *sec);

/* ------------------------------------------------------------------ */
/* Files. */

struct image {
	const unsigned char *p;
	size_t size;
};

static struct image map_file(const char *path)
{
	struct image img = { NULL, 0 };
	struct stat st;
	void *p;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		bad_input(path, "%s", strerror(errno));
	if (fstat(fd, &st) < 0)
		bad_input(path, "%s", strerror(errno));
	if (S_ISDIR(st.st_mode))
		bad_input(path, "is a directory");
	if (!S_ISREG(st.st_mode))
		bad_input(path, "not a regular file");
	if (st.st_size == 0)
		bad_input(path, "empty file, not an ELF object or archive");
	if ((unsigned long long)st.st_size > SIZE_MAX)
		bad_input(path, "too large");
	/* Never written: release() may drop pages, they come back as read. */
	p = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED)
		bad_input(path, "cannot map: %s", strerror(errno));
	close(fd);
	img.p = p;
	img.size = st.st_size;
	return img;
}

const unsigned char *sec_bytes(const struct section *sec, unsigned long off,
			       unsigned long len)
{
	if (!sec->data || off > sec->size || len > sec->size - off)
		return NULL;
	return sec->data + off;
}

/*
 * Give back the pages of a range of the map.  The map is private and
 * never written, so a page dropped here that is read again after all (it
 * may hold the start of a neighbour, or lie between the tables released)
 * comes back from the file unchanged: dropping pages only costs time,
 * never correctness.
 */
static void release_range(const unsigned char *lo, const unsigned char *hi)
{
	uintptr_t page = sysconf(_SC_PAGESIZE);
	uintptr_t a = (uintptr_t)lo & ~(page - 1);
	uintptr_t b = ((uintptr_t)hi + page - 1) & ~(page - 1);

	if (lo < hi)
		madvise((void *)a, b - a, MADV_DONTNEED);
}

#define RELEASE_BATCH	(4096 * 1024)

static void release_flush(struct object *obj)
{
	if (obj->done_lo)
		release_range(obj->done_lo, obj->done_hi);
	obj->done_lo = obj->done_hi = NULL;
	obj->done_bytes = 0;
}

/*
 * Table bytes of OBJ at P that have been copied out and are not needed
 * again: section headers, symbol table, relocations.  On a big object
 * their pages would otherwise stay resident to the end.  The ranges are
 * gathered, and the span of them given back once they may have touched
 * RELEASE_BATCH bytes of pages: the tables are mostly together in the
 * file, and a page shared by many small relocation sections is then
 * dropped once, not once for each (the kernel maps pages around the one
 * read, too: dropping often costs time and saves nothing, measured).
 */
static void release(struct object *obj, const unsigned char *p, size_t len)
{
	if (!len)
		return;
	if (!obj->done_lo) {
		obj->done_lo = p;
		obj->done_hi = p + len;
	}
	if (p < obj->done_lo)
		obj->done_lo = p;
	if (p + len > obj->done_hi)
		obj->done_hi = p + len;
	/* At most a page more at either end. */
	obj->done_bytes += len + 2 * sysconf(_SC_PAGESIZE);
	if (obj->done_bytes >= RELEASE_BATCH)
		release_flush(obj);
}

/* ------------------------------------------------------------------ */
/* Headers. */

/* The tables after the section headers are read in place. */
static inline unsigned int get16(const struct object *obj,
				 const unsigned char *p)
{
	return get_u16(p, obj->big_endian);
}

static inline unsigned int get32(const struct object *obj,
				 const unsigned char *p)
{
	return get_u32(p, obj->big_endian);
}

static inline uint64_t get64(const struct object *obj, const unsigned char *p)
{
	return get_u64(p, obj->big_endian);
}

static const char *elf_why(void)
{
	const char *msg = elf_errmsg(-1);

	return msg ? msg : "libelf error";
}

static void read_ehdr(struct object *obj, Elf *elf, GElf_Ehdr *eh)
{
	if (!gelf_getehdr(elf, eh))
		bad_input(obj->name, "corrupt ELF header: %s", elf_why());
}

static void read_shdr(struct object *obj, Elf *elf, unsigned int i,
		      GElf_Shdr *sh)
{
	Elf_Scn *scn = elf_getscn(elf, i);

	if (!scn || !gelf_getshdr(scn, sh))
		bad_input(obj->name, "corrupt section header %u: %s", i,
			  elf_why());
}

/* The string at OFF of the string table SEC, or NULL if not all there. */
static const char *sec_string(const struct section *sec, uint64_t off)
{
	if (sec->type != SHT_STRTAB || !sec->data || off >= sec->size ||
	    !memchr(sec->data + off, '\0', sec->size - off))
		return NULL;
	return (const char *)sec->data + off;
}

/* ------------------------------------------------------------------ */
/* Sections. */

/* The number of sections and the name table, from the ELF header. */
/* (Past SHN_LORESERVE, the count and index are in section 0.) */
static size_t section_count(struct object *obj, Elf *elf, size_t *shstrndx)
{
	size_t nr;

	if (elf_getshdrnum(elf, &nr) < 0)
		bad_input(obj->name, "corrupt section header table: %s",
			  elf_why());
	if (nr && elf_getshdrstrndx(elf, shstrndx) < 0)
		bad_input(obj->name, "corrupt section header table: "
			  "no section name table");
	return nr;
}

/* Whether the bytes of a section with header SH are all in the file. */
static bool in_file(const struct object *obj, const GElf_Shdr *sh)
{
	return sh->sh_offset <= obj->size &&
	       sh->sh_size <= obj->size - sh->sh_offset;
}

static void read_section(struct object *obj, struct section *sec,
			 const GElf_Shdr *sh, const struct section *names)
{
	unsigned int i = sec_idx(sec);

	sec->name = i ? sec_string(names, sh->sh_name) : "";
	if (!sec->name)
		bad_input(obj->name, "corrupt name of section %u", i);
	if (sh->sh_type == SHT_NOBITS || sh->sh_type == SHT_NULL)
		return;
	if (!in_file(obj, sh))
		bad_input(obj->name, "truncated or corrupt: section %u (%s) "
			  "extends past the end of the file", i, sec->name);
	sec->data = obj->image + sh->sh_offset;
}

static void read_sections(struct object *obj, Elf *elf,
			  const GElf_Ehdr *eh)
{
	const unsigned char *table;
	size_t nr, shstrndx;
	GElf_Shdr sh;
	unsigned int i;

	if (eh->e_shoff == 0)
		bad_input(obj->name, "no section header table");
	if (eh->e_shentsize != sizeof(Elf64_Shdr))
		bad_input(obj->name, "corrupt section header table: entry "
			  "size %u", eh->e_shentsize);
	/* e_shnum may be 0: the count is then in section 0's sh_size. */
	if (eh->e_shoff > obj->size ||
	    obj->size - eh->e_shoff < sizeof(Elf64_Shdr) * (eh->e_shnum ?: 1))
		goto truncated;
	table = obj->image + eh->e_shoff;
	nr = section_count(obj, elf, &shstrndx);
	if (nr == 0)
		bad_input(obj->name, "corrupt section header table: "
			  "no sections");
	if (nr > (obj->size - eh->e_shoff) / sizeof(Elf64_Shdr))
		goto truncated;
	if (nr > UINT_MAX / 2)
		bad_input(obj->name, "corrupt section header table: "
			  "%zu sections", nr);
	if (shstrndx >= nr)
		bad_input(obj->name, "corrupt section header table: "
			  "no section name table");

	obj->nr_sections = nr;
	obj->sections = xcalloc(nr, sizeof(*obj->sections));
	/* Everything but the names first: they need the name table's. */
	for (i = 0; i < nr; i++) {
		struct section *sec = &obj->sections[i];

		read_shdr(obj, elf, i, &sh);
		sec->obj = obj;
		sec->type = sh.sh_type;
		sec->link = sh.sh_link;
		sec->info = sh.sh_info;
		sec->size = sh.sh_size;
		sec->entsize = sh.sh_entsize;
		sec->text = sh.sh_flags & SHF_EXECINSTR;
		/* Out of the file, it has no names: corrupt, said below. */
		if (i == shstrndx && in_file(obj, &sh))
			sec->data = obj->image + sh.sh_offset;
	}
	for (i = 0; i < nr; i++) {
		read_shdr(obj, elf, i, &sh);
		read_section(obj, &obj->sections[i], &sh,
			     &obj->sections[shstrndx]);
	}
	release(obj, table, nr * sizeof(Elf64_Shdr));
	return;
truncated:
	bad_input(obj->name, "truncated or corrupt: the section header table "
		  "is past the end of the file (%zu bytes)", obj->size);
}

struct section *find_section_by_name(struct object *obj, const char *name)
{
	for (unsigned int i = 1; i < obj->nr_sections; i++)
		if (!strcmp(obj->sections[i].name, name))
			return &obj->sections[i];
	return NULL;
}

/* The entries of a table section, checked against its entry size. */
static unsigned int table_entries(struct object *obj, struct section *sec,
				  size_t entsize, const char *what)
{
	if (sec->entsize != entsize || sec->size % entsize)
		bad_input(obj->name, "corrupt %s %s: entry size %lu",
			  what, sec->name, sec->entsize);
	if (sec->size / entsize > INT_MAX)
		bad_input(obj->name, "corrupt %s %s: too many entries",
			  what, sec->name);
	if (!sec->data && sec->size)
		bad_input(obj->name, "corrupt %s %s: no data", what,
			  sec->name);
	return sec->size / entsize;
}

/* ------------------------------------------------------------------ */
/* Symbols. */

static void hash_symbol(struct object *obj, struct symbol *sym)
{
	unsigned int h = str_hash(sym->name) & obj->sym_hash_mask;

	while (obj->sym_hash[h])
		h = (h + 1) & obj->sym_hash_mask;
	obj->sym_hash[h] = sym->idx + 1;
}

struct symbol *find_symbol_by_name(struct object *obj, const char *name)
{
	unsigned int h;

	if (!obj->sym_hash)
		return NULL;
	h = str_hash(name) & obj->sym_hash_mask;
	for (; obj->sym_hash[h]; h = (h + 1) & obj->sym_hash_mask) {
		struct symbol *sym = &obj->symbols[obj->sym_hash[h] - 1];

		if (!strcmp(sym->name, name))
			return sym;
	}
	return NULL;
}

struct symbol *next_symbol_by_name(struct symbol *sym)
{
	struct object *obj = sym->obj;
	unsigned int h = str_hash(sym->name) & obj->sym_hash_mask;

	/* Find SYM's slot, then go on from there. */
	while (obj->sym_hash[h] != sym->idx + 1)
		h = (h + 1) & obj->sym_hash_mask;
	for (h = (h + 1) & obj->sym_hash_mask; obj->sym_hash[h];
	     h = (h + 1) & obj->sym_hash_mask) {
		struct symbol *s = &obj->symbols[obj->sym_hash[h] - 1];

		if (!strcmp(s->name, sym->name))
			return s;
	}
	return NULL;
}

static struct section *find_symtab(struct object *obj)
{
	struct section *symtab = NULL;

	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		if (obj->sections[i].type != SHT_SYMTAB)
			continue;
		if (symtab)
			bad_input(obj->name, "more than one symbol table");
		symtab = &obj->sections[i];
	}
	return symtab;
}

static struct section *find_shndx(struct object *obj, struct section *symtab)
{
	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];

		if (sec->type != SHT_SYMTAB_SHNDX ||
		    sec->link != sec_idx(symtab))
			continue;
		table_entries(obj, sec, sizeof(Elf32_Word),
			      "extended section index table");
		if (sec->size / sizeof(Elf32_Word) < obj->nr_symbols)
			bad_input(obj->name, "corrupt extended section index "
				  "table %s: too short", sec->name);
		return sec;
	}
	return NULL;
}

static void read_symbol(struct object *obj, struct section *strtab,
			const unsigned char *p, struct section *shndx_sec,
			unsigned int i)
{
	struct symbol *sym = &obj->symbols[i];
	unsigned int info = p[offsetof(Elf64_Sym, st_info)];
	unsigned int shndx;

	sym->idx = i;
	sym->obj = obj;
	sym->alias = sym->pfunc = sym;
	sym->bind = ELF64_ST_BIND(info);
	sym->type = ELF64_ST_TYPE(info);
	sym->offset = get64(obj, p + offsetof(Elf64_Sym, st_value));
	sym->len = get64(obj, p + offsetof(Elf64_Sym, st_size));
	sym->name = sec_string(strtab, get32(obj, p + offsetof(Elf64_Sym,
								st_name)));
	if (!sym->name)
		bad_input(obj->name, "corrupt symbol table: bad name of "
			  "symbol %u", i);

	shndx = get16(obj, p + offsetof(Elf64_Sym, st_shndx));
	if (shndx == SHN_XINDEX) {
		if (!shndx_sec)
			bad_input(obj->name, "corrupt symbol table: symbol %s "
				  "has an extended section index, but there "
				  "is no SHT_SYMTAB_SHNDX section", sym->name);
		shndx = get32(obj, shndx_sec->data + 4 * (size_t)i);
	} else if (shndx >= SHN_LORESERVE) {
		return;			/* absolute, common */
	}
	if (shndx == SHN_UNDEF) {
		sym->undef = i != 0;
		return;
	}
	if (shndx >= obj->nr_sections)
		bad_input(obj->name, "corrupt symbol table: symbol %s is in "
			  "section %u, which does not exist", sym->name, shndx);
	sym->sec = &obj->sections[shndx];
	if (sym->type == STT_SECTION && !*sym->name)
		sym->name = sym->sec->name;
}

static void read_symbols(struct object *obj)
{
	struct section *symtab = find_symtab(obj), *strtab, *shndx_sec;
	unsigned int i;

	if (!symtab)
		return;
	if (symtab->link == 0 || symtab->link >= obj->nr_sections)
		bad_input(obj->name, "corrupt symbol table: string table "
			  "index %u", symtab->link);
	strtab = &obj->sections[symtab->link];
	if (strtab->type != SHT_STRTAB)
		bad_input(obj->name, "corrupt symbol table: its string table "
			  "%s is not SHT_STRTAB", strtab->name);
	obj->nr_symbols = table_entries(obj, symtab, sizeof(Elf64_Sym),
					"symbol table");
	shndx_sec = find_shndx(obj, symtab);

	obj->symbols = xcalloc(obj->nr_symbols, sizeof(*obj->symbols));
	obj->sym_hash_mask = hash_slots(obj->nr_symbols) - 1;
	obj->sym_hash = xcalloc(obj->sym_hash_mask + 1, sizeof(unsigned int));
	for (i = 0; i < obj->nr_symbols; i++) {
		read_symbol(obj, strtab, symtab->data + i * sizeof(Elf64_Sym),
			    shndx_sec, i);
		if (i && *obj->symbols[i].name)
			hash_symbol(obj, &obj->symbols[i]);
	}
	release(obj, symtab->data, symtab->size);
	if (shndx_sec)
		release(obj, shndx_sec->data, shndx_sec->size);
}

/* ------------------------------------------------------------------ */
/* Relocations. */

/*
 * A relocation entry: Elf64_Rela, or Elf64_Rel without the addend.  The
 * two share the offset and info fields.
 */
static void read_entry(const struct object *obj, const struct section *rsec,
		       unsigned int i, uint64_t *offset, uint64_t *info,
		       int64_t *addend)
{
	const unsigned char *p = rsec->data + (size_t)i * rsec->entsize;

	*offset = get64(obj, p + offsetof(Elf64_Rela, r_offset));
	*info = get64(obj, p + offsetof(Elf64_Rela, r_info));
	*addend = rsec->type == SHT_RELA ?
		  (int64_t)get64(obj, p + offsetof(Elf64_Rela, r_addend)) : 0;
}

static bool loads_relocs(const struct section *sec)
{
	return sec->text || !strcmp(sec->name, ".opd") ||
	       (want_relocs && want_relocs(sec));
}

/*
 * Check a relocation section as it is loaded, so that bad input is
 * found before anything is reported.  Its entries are read when the
 * check first asks.  False if the check has no use for them.
 */
static bool check_reloc_section(struct object *obj, struct section *rsec,
				unsigned long *total)
{
	bool rela = rsec->type == SHT_RELA;
	struct section *sec;
	unsigned int i, n;

	if (rsec->info == 0 || rsec->info >= obj->nr_sections)
		bad_input(obj->name, "corrupt relocation section %s: it "
			  "applies to section %u", rsec->name, rsec->info);
	sec = &obj->sections[rsec->info];
	if (!loads_relocs(sec))
		return false;
	if (!obj->nr_symbols || rsec->link >= obj->nr_sections ||
	    obj->sections[rsec->link].type != SHT_SYMTAB)
		bad_input(obj->name, "corrupt relocation section %s: no "
			  "symbol table", rsec->name);
	n = table_entries(obj, rsec, rela ? sizeof(Elf64_Rela) :
			  sizeof(Elf64_Rel), "relocation section");
	for (i = 0; i < n; i++) {
		uint64_t offset, info;
		int64_t addend;

		read_entry(obj, rsec, i, &offset, &info, &addend);
		if (ELF64_R_SYM(info) >= obj->nr_symbols)
			bad_input(obj->name, "corrupt relocation section %s: "
				  "entry %u refers to symbol %lu, which does "
				  "not exist", rsec->name, i,
				  (unsigned long)ELF64_R_SYM(info));
		if (offset >= sec->size)
			bad_input(obj->name, "corrupt relocation section %s: "
				  "entry %u is past the end of %s", rsec->name,
				  i, sec->name);
	}
	release(obj, rsec->data, rsec->size);
	*total += n;
	if (*total > UINT_MAX / 4)
		bad_input(obj->name, "too many relocations");
	sec->nr_relocs += n;
	return true;
}

static void read_relocs(struct object *obj)
{
	unsigned long total = 0;

	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		struct section *rsec = &obj->sections[i], *sec;

		if (rsec->type != SHT_RELA && rsec->type != SHT_REL)
			continue;
		if (!check_reloc_section(obj, rsec, &total))
			continue;
		sec = &obj->sections[rsec->info];
		if (sec->first_rel)
			sec->more_rels = true;
		else
			sec->first_rel = i;
	}
	release_flush(obj);
}

static int cmp_reloc(const void *a, const void *b)
{
	const struct reloc *x = a, *y = b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return 0;
}

/* Read the entries of RSEC, checked by check_reloc_section(), into R. */
static struct reloc *read_reloc_section(struct object *obj,
					struct section *rsec, struct reloc *r)
{
	unsigned int n = rsec->size / rsec->entsize;

	for (unsigned int i = 0; i < n; i++, r++) {
		uint64_t offset, info;

		read_entry(obj, rsec, i, &offset, &info, &r->addend);
		r->offset = offset;
		r->type = ELF64_R_TYPE(info);
		r->sym = &obj->symbols[ELF64_R_SYM(info)];
	}
	release(obj, rsec->data, rsec->size);
	return r;
}

/* In section order, as when they were checked, then by offset. */
static void load_relocs(struct section *sec)
{
	struct object *obj = sec->obj;
	unsigned int idx = sec_idx(sec);
	struct reloc *r;

	sec->relocs_read = true;
	if (!sec->nr_relocs)
		return;
	r = sec->relocs = xcalloc(sec->nr_relocs, sizeof(*sec->relocs));
	r = read_reloc_section(obj, &obj->sections[sec->first_rel], r);
	/* Rare (ld -r keeps one): the others are looked for. */
	for (unsigned int i = sec->first_rel + 1;
	     sec->more_rels && i < obj->nr_sections; i++) {
		struct section *rsec = &obj->sections[i];

		if ((rsec->type == SHT_RELA || rsec->type == SHT_REL) &&
		    rsec->info == idx)
			r = read_reloc_section(obj, rsec, r);
	}
	qsort(sec->relocs, sec->nr_relocs, sizeof(struct reloc), cmp_reloc);
}

struct reloc *sec_relocs(struct section *sec)
{
	if (!sec->relocs_read)
		load_relocs(sec);
	return sec->relocs;
}

void sec_relocs_drop(struct section *sec)
{
	free(sec->relocs);
	sec->relocs = NULL;
	sec->relocs_read = false;
}

struct reloc *find_reloc_at(struct section *sec, unsigned long off)
{
	struct reloc *r = find_reloc_from(sec, off);

	return r && r->offset == off ? r : NULL;
}

struct reloc *find_reloc_from(struct section *sec, unsigned long off)
{
	struct reloc *relocs = sec_relocs(sec);
	unsigned int lo = 0, hi = sec->nr_relocs;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (relocs[mid].offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sec->nr_relocs ? &relocs[lo] : NULL;
}

/* ------------------------------------------------------------------ */
/* Functions. */

bool code_symbol(const struct symbol *sym)
{
	if (!sym->sec || !sym->sec->text || !*sym->name)
		return false;
	if (sym->type == STT_FUNC || sym->type == STT_GNU_IFUNC)
		return true;
	/* Assembly labels without .type; not mapping symbols ($x, $d). */
	return sym->type == STT_NOTYPE && sym->name[0] != '$' &&
	       !strstarts(sym->name, ".L");
}

/* Sorted by start; at one start the longer first, so inner ones follow. */
static int cmp_func(const void *a, const void *b)
{
	const struct symbol *x = *(struct symbol * const *)a;
	const struct symbol *y = *(struct symbol * const *)b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Of two symbols for the same code, the one to name it by. */
static bool better_name(const struct symbol *a, const struct symbol *b)
{
	/* ppc64 ELFv1 assembly: "f", the descriptor, over ".f", its code. */
	if (a->name[0] == '.' && !strcmp(a->name + 1, b->name))
		return false;
	if (b->name[0] == '.' && !strcmp(b->name + 1, a->name))
		return true;
	int ra = a->bind == STB_GLOBAL ? 0 : a->bind == STB_WEAK ? 1 : 2;
	int rb = b->bind == STB_GLOBAL ? 0 : b->bind == STB_WEAK ? 1 : 2;

	if (ra != rb)
		return ra < rb;
	if ((a->type == STT_FUNC) != (b->type == STT_FUNC))
		return a->type == STT_FUNC;
	return a->idx < b->idx;
}

static void add_func(struct section *sec, struct symbol *sym)
{
	sec->funcs = xrealloc(sec->funcs, sec->nr_funcs + 1,
			      sizeof(*sec->funcs));
	sec->funcs[sec->nr_funcs++] = sym;
	sym->func = true;
}

/* The first of the sorted FUNCS[0..NR) that starts after OFF. */
static unsigned int first_func_after(struct section *sec, unsigned int nr,
				     unsigned long off)
{
	unsigned int lo = 0, hi = nr;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (sec->funcs[mid]->offset <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct symbol *find_func_covering(struct section *sec, unsigned long off)
{
	/* After the last function starting at or before OFF: that one, ... */
	unsigned int lo = first_func_after(sec, sec->nr_funcs, off);

	/* ... or an earlier one that reaches over it. */
	while (lo-- > 0 && sec_max_end(sec)[lo] > off) {
		struct symbol *f = sec->funcs[lo];

		if (off < func_end(f))
			return f->alias;
	}
	return NULL;
}

/* ppc64 ELFv1: a function symbol in .opd means the code it points to. */
static bool move_to_code(struct object *obj, struct symbol *sym)
{
	struct section *sec = sym->sec;
	unsigned long off = sym->offset;

	if (!sec || strcmp(sec->name, ".opd") || !obj->arch->code_address ||
	    !obj->arch->code_address(&sec, &off))
		return false;
	sym->sec = sec;
	sym->offset = off;
	return true;
}

static void sort_funcs(struct object *obj, struct section *sec);

/*
 * The kernel's ELFv1 assembly (_GLOBAL) and -mcall-aixdesc leave the
 * descriptor "f" untyped and sizeless, and type ".f" in the code: "f"
 * names the same code as ".f", so it is a function of the same extent.
 * Calls from C go to "f".
 */
static bool untyped_descriptor(struct object *obj, struct symbol *sym)
{
	return sym->type == STT_NOTYPE && *sym->name && sym->sec &&
	       move_to_code(obj, sym);
}

static void size_descriptors(struct object *obj, struct symbol **descs,
			     unsigned int nr, struct symbol **labels,
			     unsigned int *nr_labels)
{
	for (unsigned int i = 0; i < nr; i++) {
		struct symbol *d = descs[i];
		struct symbol *f = find_func_covering(d->sec, d->offset);

		if (!f || f->offset != d->offset) {
			labels[(*nr_labels)++] = d;
			continue;
		}
		d->len = f->len;
		add_func(d->sec, d);
	}
	for (unsigned int i = 0; i < nr; i++)
		if (descs[i]->func)
			sort_funcs(obj, descs[i]->sec);
}

static void sort_funcs(struct object *obj, struct section *sec)
{
	unsigned long max = 0, *max_end;
	unsigned int i;

	if (!sec->nr_funcs)
		return;
	qsort(sec->funcs, sec->nr_funcs, sizeof(*sec->funcs), cmp_func);
	for (i = 0; i < sec->nr_funcs; i++)
		sec->funcs[i]->alias = sec->funcs[i];
	/* One block for both: a malloc each costs more than the data. */
	sec->funcs = xrealloc(sec->funcs, sec->nr_funcs,
			      sizeof(*sec->funcs) + sizeof(unsigned long));
	max_end = sec_max_end(sec);
	for (i = 0; i < sec->nr_funcs; i++) {
		struct symbol *f = sec->funcs[i];

		if (f->offset > sec->size || f->len > sec->size - f->offset)
			bad_input(obj->name, "corrupt symbol table: function "
				  "%s extends past the end of section %s",
				  f->name, sec->name);
		if (func_end(f) > max)
			max = func_end(f);
		max_end[i] = max;
		/* Same code, same length: one canonical symbol. */
		if (i && sec->funcs[i - 1]->offset == f->offset &&
		    sec->funcs[i - 1]->len == f->len) {
			struct symbol *c = sec->funcs[i - 1]->alias;

			if (better_name(f, c)) {
				for (unsigned int j = i; j-- > 0 &&
				     sec->funcs[j]->alias == c;)
					sec->funcs[j]->alias = f;
				c = f;
			}
			f->alias = c;
		}
	}
}

/* A label that starts code of its own, rather than a place in other code. */
static bool starts_code(const struct symbol *l, bool after_label)
{
	return l->bind != STB_LOCAL || l->type == STT_FUNC || !after_label;
}

/*
 * Labels without a size (assembly without .size) run to the next
 * function or the end of the section, but no further than control can
 * fall through from their entry (code_end()): after a last return comes
 * alignment padding or code that only another entry reaches.  Labels
 * inside a sized function, and local untyped ones inside the code of
 * another label, are places in that code.
 */
static void size_labels(struct section *sec, struct symbol **labels,
			unsigned int nr)
{
	unsigned int nr_sized = sec->nr_funcs, i, j;
	bool *inside = xcalloc(nr, sizeof(bool));
	bool after_label = false;
	unsigned long label_end = 0;

	qsort(labels, nr, sizeof(*labels), cmp_func);
	for (i = 0; i < nr; i++)
		inside[i] = labels[i]->offset > sec->size ||
			    find_func_covering(sec, labels[i]->offset);
	for (i = 0; i < nr; i++) {
		struct symbol *l = labels[i];
		unsigned long end = sec->size;

		if (inside[i]) {
			after_label = false;
			continue;
		}
		if (l->offset >= label_end)
			after_label = false;
		if (!starts_code(l, after_label))
			continue;
		after_label = true;
		for (j = i + 1; j < nr; j++)
			if (labels[j]->offset > l->offset &&
			    (inside[j] || starts_code(labels[j], true))) {
				end = labels[j]->offset;
				break;
			}
		j = first_func_after(sec, nr_sized, l->offset);
		if (j < nr_sized && sec->funcs[j]->offset < end)
			end = sec->funcs[j]->offset;
		if (l->offset < end)
			end = code_end(sec, l->offset, end);
		label_end = end;
		l->len = end - l->offset;
		l->unsized = true;
		add_func(sec, l);
	}
	free(inside);
}

/* "f.cold" (GCC's cold partition of f) is part of f. */
static void link_cold(struct object *obj, struct symbol *sym)
{
	const char *dot = strstr(sym->name, ".cold");
	struct symbol *p, *best = NULL;
	char *pname;

	if (!dot || dot == sym->name)
		return;
	pname = xasprintf("%.*s", (int)(dot - sym->name), sym->name);
	for (p = find_symbol_by_name(obj, pname); p;
	     p = next_symbol_by_name(p)) {
		if (!p->func || p == sym)
			continue;
		if (p->bind == STB_LOCAL && p->file == sym->file) {
			best = p;
			break;
		}
		if (p->bind != STB_LOCAL && !best)
			best = p;
	}
	free(pname);
	if (!best)
		return;
	best = best->alias;
	sym->pfunc = best;
	sym->cold_next = best->cold;
	best->cold = sym->idx;
	/* -fno-reorder-functions: the cold part sits at the parent's end. */
	if (sym->sec == best->sec && sym->offset > best->offset &&
	    func_end(sym) == func_end(best))
		best->len -= sym->len;
}

static int cmp_by_section(const void *a, const void *b)
{
	const struct symbol *x = *(struct symbol * const *)a;
	const struct symbol *y = *(struct symbol * const *)b;

	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void read_functions(struct object *obj)
{
	struct symbol **labels = xcalloc(obj->nr_symbols, sizeof(*labels));
	struct symbol **descs = NULL;
	unsigned int i, j, nr_labels = 0, nr_descs = 0, file = 0;

	for (i = 1; i < obj->nr_symbols; i++) {
		struct symbol *sym = &obj->symbols[i];

		if (sym->type == STT_FILE)
			file = i;
		else if (sym->bind == STB_LOCAL)
			sym->file = file;
		if (sym->type == STT_FUNC) {
			move_to_code(obj, sym);
		} else if (untyped_descriptor(obj, sym)) {
			descs = xrealloc(descs, nr_descs + 1, sizeof(*descs));
			descs[nr_descs++] = sym;
			continue;
		}
		if (!code_symbol(sym))
			continue;
		if (sym->len)
			add_func(sym->sec, sym);
		else
			labels[nr_labels++] = sym;
	}
	for (i = 1; i < obj->nr_sections; i++)
		sort_funcs(obj, &obj->sections[i]);
	size_descriptors(obj, descs, nr_descs, labels, &nr_labels);
	free(descs);
	/* Then the sizeless ones, around the sized ones, section by section. */
	if (nr_labels)
		qsort(labels, nr_labels, sizeof(*labels), cmp_by_section);
	for (i = 0; i < nr_labels; i = j) {
		struct section *sec = labels[i]->sec;

		for (j = i + 1; j < nr_labels && labels[j]->sec == sec; j++)
			;
		size_labels(sec, labels + i, j - i);
		sort_funcs(obj, sec);
	}
	free(labels);
	for (i = 1; i < obj->nr_symbols; i++) {
		struct symbol *sym = &obj->symbols[i];

		if (sym->func && sym->bind == STB_LOCAL)
			link_cold(obj, sym);
	}
}

/* ------------------------------------------------------------------ */
/* Objects. */

static void load_object(struct objects *list, char *name,
			const unsigned char *image, size_t size)
{
	struct object *obj = xcalloc(1, sizeof(*obj));
	GElf_Ehdr eh;
	Elf *elf;

	obj->name = name;
	obj->image = image;
	obj->size = size;
	if (size < EI_NIDENT || memcmp(image, ELFMAG, SELFMAG))
		bad_input(name, "not an ELF object");
	if (image[EI_CLASS] != ELFCLASS64)
		bad_input(name, "not a 64-bit ELF object (class %u)",
			  image[EI_CLASS]);
	if (image[EI_DATA] != ELFDATA2LSB && image[EI_DATA] != ELFDATA2MSB)
		bad_input(name, "corrupt ELF header: byte order %u",
			  image[EI_DATA]);
	if (image[EI_VERSION] != EV_CURRENT)
		bad_input(name, "corrupt ELF header: version %u",
			  image[EI_VERSION]);
	if (size < sizeof(Elf64_Ehdr))
		bad_input(name, "truncated: %zu bytes, shorter than an ELF "
			  "header", size);
	obj->big_endian = image[EI_DATA] == ELFDATA2MSB;
	elf = elf_memory((char *)image, size);
	if (!elf)
		bad_input(name, "corrupt ELF header: %s", elf_why());
	read_ehdr(obj, elf, &eh);
	obj->machine = eh.e_machine;
	obj->arch = arch_for(eh.e_machine);
	if (eh.e_type != ET_REL || !obj->arch) {
		/* bad_input() exits: libelf's handle is let go first. */
		elf_end(elf);
		if (eh.e_type != ET_REL)
			bad_input(name, "not a relocatable object (ELF type "
				  "%u)", eh.e_type);
		bad_input(name, "unsupported machine %u (supported: x86_64, "
			  "ppc64, ppc64le, aarch64)", eh.e_machine);
	}

	read_sections(obj, elf, &eh);
	/* What libelf had to say is in the sections now. */
	elf_end(elf);
	read_symbols(obj);
	read_relocs(obj);
	read_functions(obj);
	release_flush(obj);

	if (list->nr == list->alloc) {
		list->alloc = list->alloc ? 2 * list->alloc : 16;
		list->v = xrealloc(list->v, list->alloc, sizeof(*list->v));
	}
	list->v[list->nr++] = obj;
}

/* ------------------------------------------------------------------ */
/* Archives. */

#define AR_HDR_SIZE	60

struct ar_reader {
	const char *path;		/* the archive, for messages */
	const char *fspath;		/* its file, or NULL in memory */
	struct image img;
	bool thin;
	const char *names;		/* the "//" member */
	size_t names_size;
	int depth;
	/* Thin: the regular archive members were last taken from. */
	struct ar_reader *nested;
	char *member;			/* nested: its name in the thin one */
};

static void load_image(struct objects *list, char *name, const char *fspath,
		       struct image img, int depth);

/*
 * A decimal field of WIDTH bytes, space-padded.  With END, the digits
 * may be followed by anything (binutils reads "/N" names with strtol, and
 * GNU ar 2.40 leaves a stray '/' after N when a thin archive's member
 * path is 15 characters long): *END is where they stop.
 */
static unsigned long ar_number(const struct ar_reader *ar,
			       const unsigned char *field, int width,
			       const unsigned char **end)
{
	unsigned long v = 0;
	int i = 0;

	while (i < width && field[i] == ' ')
		i++;
	if (i == width || field[i] < '0' || field[i] > '9')
		bad_input(ar->path, "corrupt archive: bad member header");
	for (; i < width && field[i] >= '0' && field[i] <= '9'; i++) {
		if (v > (ULONG_MAX - 9) / 10)
			bad_input(ar->path, "corrupt archive: bad member size");
		v = v * 10 + (field[i] - '0');
	}
	if (end) {
		*end = field + i;
		return v;
	}
	for (; i < width; i++)
		if (field[i] != ' ')
			bad_input(ar->path, "corrupt archive: bad member "
				  "header");
	return v;
}

/*
 * The member's name: "name/", "/N" in the name table, or BSD "#1/N".  In
 * a thin archive "/N:ORIGIN" names a regular archive and where in it the
 * member's header is (*ORIGIN, else 0; ORIGIN may be NULL for a regular
 * archive, which has no such names).
 */
static char *ar_member_name(struct ar_reader *ar, const unsigned char *hdr,
			    const unsigned char **data, unsigned long *size,
			    unsigned long *origin)
{
	const char *f = (const char *)hdr;
	unsigned long off, len;
	const char *end;

	if (origin)
		*origin = 0;
	if (f[0] == '/' && f[1] >= '0' && f[1] <= '9') {
		const unsigned char *rest, *ignored;

		off = ar_number(ar, hdr + 1, 15, &rest);
		if (ar->thin && origin && rest < hdr + 16 && *rest == ':')
			*origin = ar_number(ar, rest + 1, hdr + 16 - (rest + 1),
					    &ignored);
		if (!ar->names || off >= ar->names_size)
			bad_input(ar->path, "corrupt archive: member name "
				  "outside the name table");
		end = memchr(ar->names + off, '\n', ar->names_size - off);
		if (!end)
			bad_input(ar->path, "corrupt archive: unterminated "
				  "member name");
		len = end - (ar->names + off);
		if (len && ar->names[off + len - 1] == '/')
			len--;
		if (!len)
			bad_input(ar->path, "corrupt archive: empty member "
				  "name");
		return xasprintf("%.*s", (int)len, ar->names + off);
	}
	if (!memcmp(f, "#1/", 3)) {
		len = ar_number(ar, hdr + 3, 13, NULL);
		if (len > *size)
			bad_input(ar->path, "corrupt archive: bad member name");
		f = (const char *)*data;
		*data += len;
		*size -= len;
		return xasprintf("%.*s", (int)strnlen(f, len), f);
	}
	end = memchr(f, '/', 16);
	len = end ? (unsigned long)(end - f) : 16;
	while (!end && len && f[len - 1] == ' ')
		len--;
	if (!len)
		bad_input(ar->path, "corrupt archive: empty member name");
	return xasprintf("%.*s", (int)len, f);
}

struct ar_member {
	const unsigned char *hdr;
	const unsigned char *data;	/* in a thin archive, tables only */
	unsigned long size;
	bool special;			/* a symbol or name table */
};

/* The member whose header is at *POS; *POS moves on to the next one. */
static void ar_member_at(struct ar_reader *ar, size_t *pos,
			 struct ar_member *m)
{
	const struct image *img = &ar->img;
	const unsigned char *hdr = img->p + *pos;

	if (img->size - *pos < AR_HDR_SIZE)
		bad_input(ar->path, "truncated archive: member header at "
			  "offset %zu", *pos);
	if (hdr[58] != '`' || hdr[59] != '\n')
		bad_input(ar->path, "corrupt archive: bad member header at "
			  "offset %zu", *pos);
	m->hdr = hdr;
	m->size = ar_number(ar, hdr + 48, 10, NULL);
	*pos += AR_HDR_SIZE;
	m->data = img->p + *pos;
	m->special = hdr[0] == '/' && (hdr[1] == ' ' || hdr[1] == '/' ||
				       !memcmp(hdr, "/SYM64/", 7));
	/* A thin archive holds only its tables. */
	if (!ar->thin || m->special) {
		if (m->size > img->size - *pos)
			bad_input(ar->path, "truncated archive: member at "
				  "offset %zu", *pos - AR_HDR_SIZE);
		*pos += m->size + (m->size & 1);
	}
	if (m->special && hdr[1] == '/' && hdr[2] == ' ') {
		ar->names = (const char *)m->data;
		ar->names_size = m->size;
	}
}

/*
 * A thin archive's member is a file, named relative to the archive: its
 * path, mapped to *IMG.  DISPLAY names it in messages.
 */
static char *map_thin_member(const struct ar_reader *ar, const char *member,
			     const char *display, struct image *img)
{
	const char *slash = ar->fspath ? strrchr(ar->fspath, '/') : NULL;
	char *path;

	if (member[0] == '/' || !slash)
		path = xstrdup(member);
	else
		path = xasprintf("%.*s/%s", (int)(slash - ar->fspath),
				 ar->fspath, member);
	if (access(path, F_OK) < 0)
		bad_input(display, "member of a thin archive: %s: %s", path,
			  strerror(errno));
	*img = map_file(path);
	return path;
}

static void load_thin_member(struct objects *list, struct ar_reader *ar,
			     const char *member)
{
	char *display = xasprintf("%s(%s)", ar->path, member);
	struct image img;
	char *path = map_thin_member(ar, member, display, &img);

	load_image(list, display, path, img, ar->depth + 1);
}

/* The strings of a nested archive's reader (its map stays: objects). */
static void free_nested(struct ar_reader *in)
{
	free((char *)in->path);
	free((char *)in->fspath);
	free(in->member);
}

/*
 * The regular archive MEMBER of the thin archive AR, to take members
 * from: mapped once for all of them, which come one after another.  Its
 * tables come first: its members' long names are in them.
 */
static struct ar_reader *nested_archive(struct ar_reader *ar,
					const char *member)
{
	struct ar_reader *in = ar->nested;
	struct ar_member m;
	size_t pos = SARMAG;
	char *display;

	if (in && !strcmp(in->member, member))
		return in;
	if (in)
		free_nested(in);
	else
		in = ar->nested = xmalloc(sizeof(*in));
	display = xasprintf("%s(%s)", ar->path, member);
	*in = (struct ar_reader){ .path = display, .depth = ar->depth + 1 };
	in->fspath = map_thin_member(ar, member, display, &in->img);
	in->member = xstrdup(member);
	if (in->img.size < SARMAG || memcmp(in->img.p, ARMAG, SARMAG))
		bad_input(display, "not a regular archive, but the thin "
			  "archive takes members from it");
	while (pos < in->img.size) {
		ar_member_at(in, &pos, &m);
		if (!m.special)
			break;
	}
	return in;
}

/*
 * A regular archive put into a thin one (ar rcT outer.a inner.a): the
 * thin archive has a member for each of its members, naming it and
 * where in it the member's header is.  Named outer.a(inner.a)(x.o).
 */
static void load_nested_member(struct objects *list, struct ar_reader *ar,
			       const char *archive, unsigned long origin)
{
	struct ar_reader *in = nested_archive(ar, archive);
	struct ar_member m;
	size_t pos = origin;
	char *name;

	if (origin < SARMAG || origin >= in->img.size)
		bad_input(in->path, "the thin archive names a member at "
			  "offset %lu, outside this archive", origin);
	ar_member_at(in, &pos, &m);
	if (m.special)
		bad_input(in->path, "the thin archive names the table at "
			  "offset %lu as a member", origin);
	name = ar_member_name(in, m.hdr, &m.data, &m.size, NULL);
	load_image(list, xasprintf("%s(%s)", in->path, name), NULL,
		   (struct image){ m.data, m.size }, in->depth + 1);
	free(name);
}

static void load_archive(struct objects *list, const char *path,
			 const char *fspath, struct image img, int depth)
{
	struct ar_reader ar = {
		.path = path, .fspath = fspath, .img = img, .depth = depth,
	};
	size_t pos = SARMAG;

	if (depth > MAX_ARCHIVE_DEPTH)
		bad_input(path, "archives nested too deep");
	ar.thin = !memcmp(img.p, "!<thin>\n", SARMAG);
	while (pos < img.size) {
		struct ar_member m;
		unsigned long origin;
		char *name;

		ar_member_at(&ar, &pos, &m);
		if (m.special)
			continue;
		name = ar_member_name(&ar, m.hdr, &m.data, &m.size, &origin);
		if (origin)
			load_nested_member(list, &ar, name, origin);
		else if (ar.thin)
			load_thin_member(list, &ar, name);
		else
			load_image(list, xasprintf("%s(%s)", path, name), NULL,
				   (struct image){ m.data, m.size }, depth + 1);
		free(name);
	}
	if (ar.nested) {
		free_nested(ar.nested);
		free(ar.nested);
	}
}

static void load_image(struct objects *list, char *name, const char *fspath,
		       struct image img, int depth)
{
	if (img.size >= SARMAG && (!memcmp(img.p, ARMAG, SARMAG) ||
				   !memcmp(img.p, "!<thin>\n", SARMAG))) {
		load_archive(list, name, fspath, img, depth);
		return;
	}
	if (img.size >= SELFMAG && !memcmp(img.p, ELFMAG, SELFMAG)) {
		load_object(list, name, img.p, img.size);
		return;
	}
	if (img.size == 0)
		bad_input(name, "empty archive member, not an ELF object");
	bad_input(name, "not an ELF object or archive");
}

void elf_load_path(struct objects *list, const char *path,
		   bool (*want)(const struct section *sec))
{
	static bool initialised;

	if (!initialised) {
		if (elf_version(EV_CURRENT) == EV_NONE)
			bad_input(path, "libelf is too old");
		initialised = true;
	}
	want_relocs = want;
	load_image(list, xstrdup(path), path, map_file(path), 0);
}
