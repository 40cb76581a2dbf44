// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * elf.c - reading relocatable objects, archives and thin archives into
 * the model of elf.h.
 *
 * Everything read from a file is checked against the file before it is
 * used: an offset, a size or an index that points outside is bad input,
 * reported in one line naming the file, never a crash.  libelf parses the
 * headers and tables (and converts byte order); the bytes of code and
 * metadata sections are read in place with explicit byte order.
 *
 * Only the relocations the check can use are loaded: those of code
 * sections, of the sections the caller asks for, and of .opd (ppc64 ELFv1
 * function descriptors, which stand for the code of their functions).
 */
#include <ar.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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
	/* Private, writable: libelf may convert in place, not in the file. */
	p = mmap(NULL, st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
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

/* ------------------------------------------------------------------ */
/* Sections. */

static const char *elf_why(void)
{
	const char *msg = elf_errmsg(-1);

	return msg ? msg : "libelf error";
}

static void read_sections(struct object *obj)
{
	size_t nr, shstrndx;
	GElf_Ehdr eh;
	unsigned int i;

	if (!gelf_getehdr(obj->elf, &eh))
		bad_input(obj->name, "corrupt ELF header: %s", elf_why());
	if (eh.e_shoff == 0)
		bad_input(obj->name, "no section header table");
	if (eh.e_shentsize != sizeof(Elf64_Shdr))
		bad_input(obj->name, "corrupt section header table: entry "
			  "size %u", eh.e_shentsize);
	/* e_shnum may be 0: the count is then in section 0's sh_size. */
	if (eh.e_shoff > obj->size ||
	    obj->size - eh.e_shoff < sizeof(Elf64_Shdr) * (eh.e_shnum ?: 1))
		goto truncated;
	if (elf_getshdrnum(obj->elf, &nr) < 0 || nr == 0)
		bad_input(obj->name, "corrupt section header table: %s",
			  nr ? elf_why() : "no sections");
	if (nr > (obj->size - eh.e_shoff) / sizeof(Elf64_Shdr))
		goto truncated;
	if (nr > UINT_MAX / 2)
		bad_input(obj->name, "corrupt section header table: "
			  "%zu sections", nr);
	if (elf_getshdrstrndx(obj->elf, &shstrndx) < 0 || shstrndx >= nr)
		bad_input(obj->name, "corrupt section header table: "
			  "no section name table");

	obj->nr_sections = nr;
	obj->sections = xcalloc(nr, sizeof(*obj->sections));
	for (i = 0; i < nr; i++) {
		struct section *sec = &obj->sections[i];
		Elf_Scn *scn = elf_getscn(obj->elf, i);

		sec->idx = i;
		sec->obj = obj;
		if (!scn || !gelf_getshdr(scn, &sec->sh))
			bad_input(obj->name, "corrupt section header %u: %s",
				  i, elf_why());
		sec->name = i ? elf_strptr(obj->elf, shstrndx, sec->sh.sh_name)
			      : "";
		if (!sec->name)
			bad_input(obj->name, "corrupt name of section %u", i);
		sec->size = sec->sh.sh_size;
		sec->text = sec->sh.sh_flags & SHF_EXECINSTR;
		if (sec->sh.sh_type == SHT_NOBITS ||
		    sec->sh.sh_type == SHT_NULL)
			continue;
		if (sec->sh.sh_offset > obj->size ||
		    sec->sh.sh_size > obj->size - sec->sh.sh_offset)
			bad_input(obj->name, "truncated or corrupt: section "
				  "%u (%s) extends past the end of the file",
				  i, sec->name);
		sec->data = obj->image + sec->sh.sh_offset;
	}
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

/* Converted data of a table section, checked against its entry size. */
static Elf_Data *table_data(struct object *obj, struct section *sec,
			    size_t entsize, const char *what)
{
	Elf_Scn *scn = elf_getscn(obj->elf, sec->idx);
	Elf_Data *data;

	if (sec->sh.sh_entsize != entsize || sec->size % entsize)
		bad_input(obj->name, "corrupt %s %s: entry size %llu",
			  what, sec->name,
			  (unsigned long long)sec->sh.sh_entsize);
	if (sec->size / entsize > INT_MAX)
		bad_input(obj->name, "corrupt %s %s: too many entries",
			  what, sec->name);
	data = scn ? elf_getdata(scn, NULL) : NULL;
	if (!data || data->d_size < sec->size)
		bad_input(obj->name, "corrupt %s %s: %s", what, sec->name,
			  data ? "short data" : elf_why());
	return data;
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
		if (obj->sections[i].sh.sh_type != SHT_SYMTAB)
			continue;
		if (symtab)
			bad_input(obj->name, "more than one symbol table");
		symtab = &obj->sections[i];
	}
	return symtab;
}

static Elf_Data *find_shndx_data(struct object *obj, struct section *symtab)
{
	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];
		Elf_Data *data;

		if (sec->sh.sh_type != SHT_SYMTAB_SHNDX ||
		    sec->sh.sh_link != symtab->idx)
			continue;
		data = table_data(obj, sec, sizeof(Elf32_Word),
				  "extended section index table");
		if (sec->size / sizeof(Elf32_Word) < obj->nr_symbols)
			bad_input(obj->name, "corrupt extended section index "
				  "table %s: too short", sec->name);
		return data;
	}
	return NULL;
}

static void read_symbol(struct object *obj, struct section *symtab,
			Elf_Data *data, Elf_Data *shndx_data, unsigned int i)
{
	struct symbol *sym = &obj->symbols[i];
	Elf32_Word xndx = 0;
	unsigned int shndx;
	GElf_Sym gs;

	if (!gelf_getsymshndx(data, shndx_data, i, &gs, &xndx))
		bad_input(obj->name, "corrupt symbol table: symbol %u: %s",
			  i, elf_why());
	sym->idx = i;
	sym->obj = obj;
	sym->alias = sym->pfunc = sym;
	sym->bind = GELF_ST_BIND(gs.st_info);
	sym->type = GELF_ST_TYPE(gs.st_info);
	sym->offset = gs.st_value;
	sym->len = gs.st_size;
	sym->name = elf_strptr(obj->elf, symtab->sh.sh_link, gs.st_name);
	if (!sym->name)
		bad_input(obj->name, "corrupt symbol table: bad name of "
			  "symbol %u", i);

	shndx = gs.st_shndx;
	if (shndx == SHN_XINDEX) {
		if (!shndx_data)
			bad_input(obj->name, "corrupt symbol table: symbol %s "
				  "has an extended section index, but there "
				  "is no SHT_SYMTAB_SHNDX section", sym->name);
		shndx = xndx;
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
	struct section *symtab = find_symtab(obj), *strtab;
	Elf_Data *data, *shndx_data;
	unsigned int i;

	if (!symtab)
		return;
	if (symtab->sh.sh_link == 0 || symtab->sh.sh_link >= obj->nr_sections)
		bad_input(obj->name, "corrupt symbol table: string table "
			  "index %u", symtab->sh.sh_link);
	strtab = &obj->sections[symtab->sh.sh_link];
	if (strtab->sh.sh_type != SHT_STRTAB)
		bad_input(obj->name, "corrupt symbol table: its string table "
			  "%s is not SHT_STRTAB", strtab->name);
	data = table_data(obj, symtab, sizeof(Elf64_Sym), "symbol table");
	obj->nr_symbols = symtab->size / sizeof(Elf64_Sym);
	shndx_data = find_shndx_data(obj, symtab);

	obj->symbols = xcalloc(obj->nr_symbols, sizeof(*obj->symbols));
	obj->sym_hash_mask = hash_slots(obj->nr_symbols) - 1;
	obj->sym_hash = xcalloc(obj->sym_hash_mask + 1, sizeof(unsigned int));
	for (i = 0; i < obj->nr_symbols; i++) {
		read_symbol(obj, symtab, data, shndx_data, i);
		if (i && *obj->symbols[i].name)
			hash_symbol(obj, &obj->symbols[i]);
	}
}

/* ------------------------------------------------------------------ */
/* Relocations. */

static int cmp_reloc(const void *a, const void *b)
{
	const struct reloc *x = a, *y = b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return 0;
}

static uint32_t reloc_key(const struct section *sec, unsigned long off)
{
	return u64_hash((uint64_t)sec->idx << 40 ^ off);
}

static bool loads_relocs(const struct section *sec)
{
	return sec->text || !strcmp(sec->name, ".opd") ||
	       (want_relocs && want_relocs(sec));
}

static void read_reloc_section(struct object *obj, struct section *rsec)
{
	bool rela = rsec->sh.sh_type == SHT_RELA;
	struct section *sec;
	Elf_Data *data;
	unsigned int i, n, base;

	if (rsec->sh.sh_info == 0 || rsec->sh.sh_info >= obj->nr_sections)
		bad_input(obj->name, "corrupt relocation section %s: it "
			  "applies to section %u", rsec->name,
			  rsec->sh.sh_info);
	sec = &obj->sections[rsec->sh.sh_info];
	if (!loads_relocs(sec))
		return;
	if (!obj->nr_symbols || rsec->sh.sh_link >= obj->nr_sections ||
	    obj->sections[rsec->sh.sh_link].sh.sh_type != SHT_SYMTAB)
		bad_input(obj->name, "corrupt relocation section %s: no "
			  "symbol table", rsec->name);
	data = table_data(obj, rsec, rela ? sizeof(Elf64_Rela) :
			  sizeof(Elf64_Rel), "relocation section");
	n = rsec->size / rsec->sh.sh_entsize;
	base = sec->nr_relocs;
	sec->relocs = xrealloc(sec->relocs, base + n, sizeof(struct reloc));
	sec->nr_relocs += n;
	for (i = 0; i < n; i++) {
		struct reloc *r = &sec->relocs[base + i];
		unsigned long symidx;
		GElf_Rela ga;
		GElf_Rel gr;

		if (rela) {
			if (!gelf_getrela(data, i, &ga))
				goto corrupt;
		} else {
			if (!gelf_getrel(data, i, &gr))
				goto corrupt;
			ga.r_offset = gr.r_offset;
			ga.r_info = gr.r_info;
			ga.r_addend = 0;
		}
		symidx = GELF_R_SYM(ga.r_info);
		if (symidx >= obj->nr_symbols)
			bad_input(obj->name, "corrupt relocation section %s: "
				  "entry %u refers to symbol %lu, which does "
				  "not exist", rsec->name, i, symidx);
		if (ga.r_offset >= sec->size)
			bad_input(obj->name, "corrupt relocation section %s: "
				  "entry %u is past the end of %s", rsec->name,
				  i, sec->name);
		r->sec = sec;
		r->offset = ga.r_offset;
		r->type = GELF_R_TYPE(ga.r_info);
		r->sym = &obj->symbols[symidx];
		r->addend = ga.r_addend;
	}
	return;
corrupt:
	bad_input(obj->name, "corrupt relocation section %s: %s",
		  rsec->name, elf_why());
}

static void read_relocs(struct object *obj)
{
	unsigned long total = 0;
	unsigned int i, j, h;

	for (i = 1; i < obj->nr_sections; i++) {
		unsigned int type = obj->sections[i].sh.sh_type;

		if (type == SHT_RELA || type == SHT_REL)
			read_reloc_section(obj, &obj->sections[i]);
	}
	for (i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];

		if (sec->nr_relocs)
			qsort(sec->relocs, sec->nr_relocs,
			      sizeof(struct reloc), cmp_reloc);
		total += sec->nr_relocs;
	}
	if (total > UINT_MAX / 4)
		bad_input(obj->name, "too many relocations");
	obj->reloc_hash_mask = hash_slots(total) - 1;
	obj->reloc_hash = xcalloc(obj->reloc_hash_mask + 1,
				  sizeof(struct reloc *));
	for (i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];

		for (j = 0; j < sec->nr_relocs; j++) {
			struct reloc *r = &sec->relocs[j];

			if (j && r[-1].offset == r->offset)
				continue;
			h = reloc_key(sec, r->offset) & obj->reloc_hash_mask;
			while (obj->reloc_hash[h])
				h = (h + 1) & obj->reloc_hash_mask;
			obj->reloc_hash[h] = r;
		}
	}
}

struct reloc *find_reloc_at(struct section *sec, unsigned long off)
{
	struct object *obj = sec->obj;
	unsigned int h;

	if (!sec->nr_relocs)
		return NULL;
	h = reloc_key(sec, off) & obj->reloc_hash_mask;
	for (; obj->reloc_hash[h]; h = (h + 1) & obj->reloc_hash_mask) {
		struct reloc *r = obj->reloc_hash[h];

		if (r->sec == sec && r->offset == off)
			return r;
	}
	return NULL;
}

struct reloc *find_reloc_from(struct section *sec, unsigned long off)
{
	unsigned int lo = 0, hi = sec->nr_relocs;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (sec->relocs[mid].offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sec->nr_relocs ? &sec->relocs[lo] : NULL;
}

/* ------------------------------------------------------------------ */
/* Functions. */

static bool code_symbol(const struct symbol *sym)
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
	while (lo-- > 0 && sec->max_end[lo] > off) {
		struct symbol *f = sec->funcs[lo];

		if (off < func_end(f))
			return f->alias;
	}
	return NULL;
}

/* ppc64 ELFv1: a function symbol in .opd means the code it points to. */
static void move_to_code(struct object *obj, struct symbol *sym)
{
	struct section *sec = sym->sec;
	unsigned long off = sym->offset;

	if (!sec || strcmp(sec->name, ".opd") || !obj->arch->code_address ||
	    !obj->arch->code_address(&sec, &off))
		return;
	sym->sec = sec;
	sym->offset = off;
}

static void sort_funcs(struct object *obj, struct section *sec)
{
	unsigned long max = 0;
	unsigned int i;

	if (!sec->nr_funcs)
		return;
	qsort(sec->funcs, sec->nr_funcs, sizeof(*sec->funcs), cmp_func);
	for (i = 0; i < sec->nr_funcs; i++)
		sec->funcs[i]->alias = sec->funcs[i];
	sec->max_end = xcalloc(sec->nr_funcs, sizeof(*sec->max_end));
	for (i = 0; i < sec->nr_funcs; i++) {
		struct symbol *f = sec->funcs[i];

		if (f->offset > sec->size || f->len > sec->size - f->offset)
			bad_input(obj->name, "corrupt symbol table: function "
				  "%s extends past the end of section %s",
				  f->name, sec->name);
		if (func_end(f) > max)
			max = func_end(f);
		sec->max_end[i] = max;
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
 * function or the end of the section.  Those inside a sized function,
 * and local untyped ones after another label, are places in that code.
 */
static void size_labels(struct section *sec, struct symbol **labels,
			unsigned int nr)
{
	unsigned int nr_sized = sec->nr_funcs, i, j;
	bool *inside = xcalloc(nr, sizeof(bool));
	bool after_label = false;

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
		l->len = end - l->offset;
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
	best->cold = sym;
	/* -fno-reorder-functions: the cold part sits at the parent's end. */
	if (sym->sec == best->sec && sym->offset > best->offset &&
	    func_end(sym) == func_end(best))
		best->len -= sym->len;
}

static int cmp_by_section(const void *a, const void *b)
{
	const struct symbol *x = *(struct symbol * const *)a;
	const struct symbol *y = *(struct symbol * const *)b;

	if (x->sec->idx != y->sec->idx)
		return x->sec->idx < y->sec->idx ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void read_functions(struct object *obj)
{
	struct symbol **labels = xcalloc(obj->nr_symbols, sizeof(*labels));
	struct symbol *file = NULL;
	unsigned int i, j, nr_labels = 0;

	for (i = 1; i < obj->nr_symbols; i++) {
		struct symbol *sym = &obj->symbols[i];

		if (sym->type == STT_FILE)
			file = sym;
		else if (sym->bind == STB_LOCAL)
			sym->file = file;
		if (sym->type == STT_FUNC)
			move_to_code(obj, sym);
		if (!code_symbol(sym))
			continue;
		if (sym->len)
			add_func(sym->sec, sym);
		else
			labels[nr_labels++] = sym;
	}
	for (i = 1; i < obj->nr_sections; i++)
		sort_funcs(obj, &obj->sections[i]);
	/* Then the sizeless ones, around the sized ones, section by section. */
	if (nr_labels)
		qsort(labels, nr_labels, sizeof(*labels), cmp_by_section);
	for (i = 0; i < nr_labels; i = j) {
		struct section *sec = labels[i]->sec;

		for (j = i + 1; j < nr_labels && labels[j]->sec == sec; j++)
			;
		size_labels(sec, labels + i, j - i);
		free(sec->max_end);
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
	obj->elf = elf_memory((char *)image, size);
	if (!obj->elf || !gelf_getehdr(obj->elf, &eh))
		bad_input(name, "corrupt ELF header: %s", elf_why());
	obj->big_endian = image[EI_DATA] == ELFDATA2MSB;
	obj->machine = eh.e_machine;
	if (eh.e_type != ET_REL)
		bad_input(name, "not a relocatable object (ELF type %u)",
			  eh.e_type);
	obj->arch = arch_for(eh.e_machine);
	if (!obj->arch)
		bad_input(name, "unsupported machine %u (supported: x86_64, "
			  "ppc64, ppc64le, aarch64)", eh.e_machine);

	read_sections(obj);
	read_symbols(obj);
	read_relocs(obj);
	read_functions(obj);

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
};

static void load_image(struct objects *list, char *name, const char *fspath,
		       struct image img, int depth);

static unsigned long ar_number(const struct ar_reader *ar,
			       const unsigned char *field, int width)
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
	for (; i < width; i++)
		if (field[i] != ' ')
			bad_input(ar->path, "corrupt archive: bad member "
				  "header");
	return v;
}

/* The member's name: "name/", "/N" in the name table, or BSD "#1/N". */
static char *ar_member_name(struct ar_reader *ar, const unsigned char *hdr,
			    const unsigned char **data, unsigned long *size)
{
	const char *f = (const char *)hdr;
	unsigned long off, len;
	const char *end;

	if (f[0] == '/' && f[1] >= '0' && f[1] <= '9') {
		off = ar_number(ar, hdr + 1, 15);
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
		len = ar_number(ar, hdr + 3, 13);
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

/* A thin archive's member is a file, named relative to the archive. */
static void load_thin_member(struct objects *list, struct ar_reader *ar,
			     const char *member)
{
	const char *slash = ar->fspath ? strrchr(ar->fspath, '/') : NULL;
	char *path, *display;
	struct image img;

	if (member[0] == '/' || !slash)
		path = xstrdup(member);
	else
		path = xasprintf("%.*s/%s", (int)(slash - ar->fspath),
				 ar->fspath, member);
	display = xasprintf("%s(%s)", ar->path, member);
	if (access(path, F_OK) < 0)
		bad_input(display, "member of a thin archive: %s: %s", path,
			  strerror(errno));
	img = map_file(path);
	load_image(list, display, path, img, ar->depth + 1);
}

static void load_archive(struct objects *list, const char *path,
			 const char *fspath, struct image img, int depth)
{
	struct ar_reader ar = { path, fspath, img, false, NULL, 0, depth };
	size_t pos = SARMAG;

	if (depth > MAX_ARCHIVE_DEPTH)
		bad_input(path, "archives nested too deep");
	ar.thin = !memcmp(img.p, "!<thin>\n", SARMAG);
	while (pos < img.size) {
		const unsigned char *hdr = img.p + pos;
		const unsigned char *data;
		unsigned long size;
		bool special;
		char *name;

		if (img.size - pos < AR_HDR_SIZE)
			bad_input(path, "truncated archive: member header at "
				  "offset %zu", pos);
		if (hdr[58] != '`' || hdr[59] != '\n')
			bad_input(path, "corrupt archive: bad member header "
				  "at offset %zu", pos);
		size = ar_number(&ar, hdr + 48, 10);
		pos += AR_HDR_SIZE;
		data = img.p + pos;
		special = hdr[0] == '/' && (hdr[1] == ' ' || hdr[1] == '/' ||
					    !memcmp(hdr, "/SYM64/", 7));
		/* A thin archive holds only its tables. */
		if (!ar.thin || special) {
			if (size > img.size - pos)
				bad_input(path, "truncated archive: member at "
					  "offset %zu", pos - AR_HDR_SIZE);
			pos += size + (size & 1);
		}
		if (special) {
			if (hdr[1] == '/' && hdr[2] == ' ') {
				ar.names = (const char *)data;
				ar.names_size = size;
			}
			continue;
		}
		name = ar_member_name(&ar, hdr, &data, &size);
		if (ar.thin) {
			load_thin_member(list, &ar, name);
		} else {
			struct image m = { data, size };

			load_image(list, xasprintf("%s(%s)", path, name), NULL,
				   m, depth + 1);
		}
		free(name);
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
