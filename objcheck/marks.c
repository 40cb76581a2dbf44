// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * marks.c - instrumentation that calls nothing, so that no call
 * instruction shows it: KASAN stack redzones (the frame magic ASan
 * stores in a frame with redzones), arm64 KASAN_SW_TAGS inline checks
 * (brk #0x9xx), gcov counters (relocations into a __gcov0.* counter),
 * and ftrace sites that are NOPs until patched (__mcount_loc entries
 * that are no call to an entry point, __patchable_function_entries
 * entries).  The machine's part is arch->code_marks.
 */
#include <stdlib.h>

#include "check.h"

static const char *const mark_names[NR_MARKS] = {
	[MARK_REDZONE]		= "KASAN stack redzones",
	[MARK_TAG_CHECK]	= "KASAN tag check (brk)",
	[MARK_GCOV]		= "gcov counter",
	[MARK_MCOUNT]		= "ftrace site (__mcount_loc)",
	[MARK_PATCHABLE]	= "patchable function entry",
};

const char *mark_name(enum mark_kind kind)
{
	return mark_names[kind];
}

static bool counter_name(const char *name)
{
	return strstarts(name, "__gcov0.");
}

/* By place: a gcov kernel's vmlinux.o has tens of thousands. */
static int cmp_place(const void *a, const void *b)
{
	const struct symbol *x = *(struct symbol * const *)a;
	const struct symbol *y = *(struct symbol * const *)b;
	unsigned long kx = place_key(x->sec, x->offset);
	unsigned long ky = place_key(y->sec, y->offset);

	return kx < ky ? -1 : kx > ky;
}

static void read_tables(struct object *obj)
{
	obj->marks_read = true;
	for (unsigned int i = 1; i < obj->nr_sections; i++) {
		struct section *sec = &obj->sections[i];

		if (!strcmp(sec->name, "__mcount_loc"))
			read_instr_marks(sec, &obj->mcount_keys,
					 &obj->nr_mcount_keys);
		else if (!strcmp(sec->name, "__patchable_function_entries"))
			read_instr_marks(sec, &obj->patch_keys,
					 &obj->nr_patch_keys);
		else
			continue;
		sec_relocs_drop(sec);
	}
	for (unsigned int i = 1; i < obj->nr_symbols; i++) {
		struct symbol *sym = &obj->symbols[i];

		if (!sym->sec || !counter_name(sym->name))
			continue;
		obj->counters = xrealloc(obj->counters, obj->nr_counters + 1,
					 sizeof(*obj->counters));
		obj->counters[obj->nr_counters++] = sym;
	}
	if (obj->nr_counters)
		qsort(obj->counters, obj->nr_counters, sizeof(*obj->counters),
		      cmp_place);
}

/*
 * Whether OFF of SEC is in a counter.  With -fdata-sections a counter
 * has a section of its own (.bss.__gcov0.f).  Otherwise x86_64 names
 * every static object by its own place, but ppc64 and aarch64 may reach
 * one from a section anchor (at the first byte of whatever object
 * begins the anchor's block) or through a pointer biased past its
 * start: there only a counter slot past the first is taken for one.
 */
static bool in_counter(const struct object *obj, const struct section *sec,
		       unsigned long off)
{
	unsigned long key = place_key(sec, off);
	unsigned int a = 0, b = obj->nr_counters;
	const struct symbol *c;
	unsigned long in;

	if (strstr(sec->name, "__gcov0."))
		return true;
	/* The last counter at or before OFF: counters do not overlap. */
	while (a < b) {
		unsigned int mid = a + (b - a) / 2;

		c = obj->counters[mid];
		if (place_key(c->sec, c->offset) <= key)
			a = mid + 1;
		else
			b = mid;
	}
	if (!a)
		return false;
	c = obj->counters[a - 1];
	in = off - c->offset;
	if (c->sec != sec || in >= (c->len ? c->len : 1))
		return false;
	return obj->machine == EM_X86_64 || (in && !(in % 8));
}

/*
 * Where a relocation at R in an instruction ending at END points: symbol
 * + addend, and for x86's PC32 what the field is short of the end.
 */
static unsigned long reloc_target(const struct object *obj,
				  const struct reloc *r, unsigned long end)
{
	unsigned long t = r->sym->offset + r->addend;

	if (obj->machine == EM_X86_64 && r->type == R_X86_64_PC32)
		t += end - r->offset;
	return t;
}

/* Instruction by instruction, for the x86 PC-relative bias. */
static void scan_counters(struct symbol *part, struct marks *m)
{
	struct section *sec = part->sec;
	struct object *obj = sec->obj;
	unsigned long off = part->offset, end = func_end(part);
	struct reloc *r, *last;
	struct step st;

	if (!obj->nr_counters || !sec_relocs(sec))
		return;
	r = find_reloc_from(sec, off);
	last = sec->relocs + sec->nr_relocs;
	while (r && r < last && r->offset < end) {
		if (!obj->arch->step || !obj->arch->step(sec, off, &st) ||
		    !st.len)
			st.len = 4;
		for (; r < last && r->offset < off + st.len; r++) {
			const struct symbol *s = r->sym;

			if (s->sec && (counter_name(s->name) ||
				       in_counter(obj, s->sec,
						  reloc_target(obj, r,
							       off + st.len))))
				add_mark(m, MARK_GCOV, r->offset);
		}
		off += st.len;
	}
}

struct entry_call {
	unsigned long at;
	bool found;
};

static void note_entry_call(const struct branch *br, void *arg)
{
	struct entry_call *ec = arg;

	if (br->insn == ec->at && br->reloc &&
	    entry_point(br->reloc->sym->name))
		ec->found = true;
}

/* An __mcount_loc site is a mark unless it is the entry point's call. */
static bool calls_entry(struct section *sec, unsigned long at,
			unsigned long end)
{
	struct entry_call ec = { at, false };

	sec->obj->arch->decode(sec, at, end < at + 16 ? end : at + 16,
			       note_entry_call, &ec);
	return ec.found;
}

/* Whether a function of SEC starts in [lo, hi): then LO is not HI's. */
static bool func_between(struct section *sec, unsigned long lo,
			 unsigned long hi)
{
	unsigned int a = 0, b = sec->nr_funcs;

	while (a < b) {
		unsigned int mid = a + (b - a) / 2;

		if (sec->funcs[mid]->offset < lo)
			a = mid + 1;
		else
			b = mid;
	}
	return a < sec->nr_funcs && sec->funcs[a]->offset < hi;
}

static void scan_sites(struct symbol *part, struct marks *m)
{
	struct section *sec = part->sec;
	struct object *obj = sec->obj;
	unsigned long start = part->offset, end = func_end(part), lo;
	unsigned int i;

	i = keys_from(obj->mcount_keys, obj->nr_mcount_keys,
			place_key(sec, start));
	for (; i < obj->nr_mcount_keys &&
	       obj->mcount_keys[i] < place_key(sec, end); i++) {
		unsigned long at = obj->mcount_keys[i] & ((1ul << 40) - 1);

		if (!calls_entry(sec, at, end)) {
			add_mark(m, MARK_MCOUNT, at);
			break;
		}
	}
	/* -fpatchable-function-entry=N,M puts M of the NOPs before it. */
	lo = start > 64 ? start - 64 : 0;
	i = keys_from(obj->patch_keys, obj->nr_patch_keys,
			place_key(sec, lo));
	for (; i < obj->nr_patch_keys &&
	       obj->patch_keys[i] < place_key(sec, end); i++) {
		unsigned long at = obj->patch_keys[i] & ((1ul << 40) - 1);

		/* Before it: only NOPs of its own, in no other function. */
		if (at < start && (find_func_covering(sec, at) ||
				   func_between(sec, at, start)))
			continue;
		add_mark(m, MARK_PATCHABLE, at);
		break;
	}
}

void function_marks(struct symbol *func, struct marks *m)
{
	struct object *obj = func->obj;
	struct symbol *part;

	memset(m, 0, sizeof(*m));
	if (!obj->marks_read)
		read_tables(obj);
	for (part = func; part; part = part == func ? first_cold(func) :
						      next_cold(part)) {
		unsigned int before = m->kinds;

		if (!part->sec || !part->sec->text)
			continue;
		if (obj->arch->code_marks)
			obj->arch->code_marks(part->sec, part->offset,
					      func_end(part), m);
		scan_counters(part, m);
		if (part == func)
			scan_sites(part, m);
		for (unsigned int k = 0; k < NR_MARKS; k++)
			if ((m->kinds & ~before) & (1u << k))
				m->part[k] = part;
	}
}
