// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * kasan-model.c - generic KASAN and the MMU switch, in user space.
 *
 * Shadow: one byte for every 8 bytes of memory, at
 * KASAN_SHADOW_OFFSET + (addr >> 3), the -fasan-shadow-offset the
 * instrumented code is compiled with.  0 means all 8 bytes may be
 * accessed, 1..7 that only the first so many may, a negative value that
 * none may (and why: a redzone, freed memory, ...).
 *
 * The shadow of all 47-bit user space is 16 TiB.  It is backed lazily, a
 * 1 MiB chunk at a time, by the SIGSEGV handler: mapping it up front
 * costs nothing natively, but qemu-user tracks guest pages one by one.
 *
 * mmu_off() makes every backed chunk PROT_NONE, and then any shadow
 * access faults, backed or not: in real mode the shadow has no
 * translation.  The handler prints one bad_page_fault line that names
 * the function and ends the process with KASAN_EXIT_MMU_OFF.  On the
 * machine the same access ends in a hang after "kexec: Starting
 * switchover sequence"; the model makes it visible instead.
 *
 * Built without KASAN and without the plugin, like mm/kasan; and without
 * vector registers (-mgeneral-regs-only, -mno-altivec -mno-vsx), since
 * the entry points run while a task's VMX registers are live.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <ucontext.h>
#include <unistd.h>

#include "kasan-model.h"
#include "rm-kernel.h"

#ifndef KASAN_SHADOW_OFFSET
#error "KASAN_SHADOW_OFFSET must be the -fasan-shadow-offset of the instrumented code"
#endif

#define KASAN_SHADOW_SCALE_SHIFT	3
#define KASAN_GRANULE_SIZE		(1UL << KASAN_SHADOW_SCALE_SHIFT)
#define KASAN_GRANULE_MASK		(KASAN_GRANULE_SIZE - 1)

/* User space is 47 bits on x86_64, and under qemu-user on either target. */
#define KASAN_MEM_END		(1UL << 47)
#define KASAN_SHADOW_START	((unsigned long)KASAN_SHADOW_OFFSET)
#define KASAN_SHADOW_END	(KASAN_SHADOW_START + (KASAN_MEM_END >> 3))

#define SHADOW_CHUNK_SHIFT	20
#define SHADOW_CHUNK_SIZE	(1UL << SHADOW_CHUNK_SHIFT)
#define SHADOW_CHUNKS		((KASAN_MEM_END >> 3) >> SHADOW_CHUNK_SHIFT)
#define MAX_BACKED_CHUNKS	8192	/* 8 GiB of shadow, 64 GiB of memory */

/* Shadow values, as the kernel's generic mode uses them. */
#define KASAN_PAGE_FREE		0xFF
#define KASAN_PAGE_REDZONE	0xFE
#define KASAN_SLAB_REDZONE	0xFC
#define KASAN_SLAB_FREE		0xFB
#define KASAN_GLOBAL_REDZONE	0xF9
#define KASAN_ALLOCA_LEFT	0xCA
#define KASAN_ALLOCA_RIGHT	0xCB

#define KASAN_ALLOCA_REDZONE_SIZE	32

static bool kasan_ready;
static volatile sig_atomic_t kasan_mmu_off;
static unsigned long backed_bitmap[SHADOW_CHUNKS / (8 * sizeof(unsigned long))];
static unsigned long backed[MAX_BACKED_CHUNKS];
static unsigned int nr_backed;

/* Caller of the last outline check: names the function if its shadow access faults. */
static unsigned long kasan_last_ip;

unsigned long kasan_report_count;
unsigned long rm_warn_count;

static inline s8 *kasan_mem_to_shadow(unsigned long addr)
{
	return (s8 *)((addr >> KASAN_SHADOW_SCALE_SHIFT) + KASAN_SHADOW_OFFSET);
}

/* ------------------------------------------------------------------ */
/* The console. */

static void console_write(const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(STDERR_FILENO, buf, len);

		if (n <= 0)
			return;
		buf += n;
		len -= n;
	}
}

static void vprintk_line(const char *prefix, const char *fmt, va_list ap)
{
	char buf[512];
	int n = snprintf(buf, sizeof(buf), "%s", prefix);

	n += vsnprintf(buf + n, sizeof(buf) - n - 1, fmt, ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	console_write(buf, n);
}

void rm_printk(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintk_line("", fmt, ap);
	va_end(ap);
}

void rm_warn(const char *fmt, ...)
{
	va_list ap;

	rm_warn_count++;
	va_start(ap, fmt);
	vprintk_line("WARNING: ", fmt, ap);
	va_end(ap);
}

/* ------------------------------------------------------------------ */
/*
 * Symbols, from the program's own .symtab: dladdr() only knows exported
 * symbols, and the function that faults may well be static.
 */

struct ksym {
	unsigned long addr;
	unsigned long size;
	const char *name;
};

static struct ksym *ksyms;
static size_t nr_ksyms;

static int ksym_cmp(const void *a, const void *b)
{
	const struct ksym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static int main_bias_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	*(unsigned long *)data = info->dlpi_addr;
	return 1;	/* the first object is the program */
}

static void ksyms_load(void)
{
	unsigned long bias = 0;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	struct stat st;
	const char *map;
	size_t i, n = 0;
	int fd;

	fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &st) || st.st_size < (off_t)sizeof(*eh)) {
		close(fd);
		return;
	}
	map = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return;
	eh = (const Elf64_Ehdr *)map;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_shoff + (size_t)eh->e_shnum * sizeof(*sh) > (size_t)st.st_size)
		return;
	dl_iterate_phdr(main_bias_cb, &bias);

	sh = (const Elf64_Shdr *)(map + eh->e_shoff);
	for (i = 0; i < eh->e_shnum; i++) {
		const Elf64_Sym *sym = (const Elf64_Sym *)(map + sh[i].sh_offset);
		const char *strtab;
		size_t j, count;

		if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
			continue;
		strtab = map + sh[sh[i].sh_link].sh_offset;
		count = sh[i].sh_size / sizeof(*sym);
		ksyms = realloc(ksyms, (n + count) * sizeof(*ksyms));
		if (!ksyms)
			return;
		for (j = 0; j < count; j++) {
			if (ELF64_ST_TYPE(sym[j].st_info) != STT_FUNC ||
			    sym[j].st_shndx == SHN_UNDEF || !sym[j].st_size)
				continue;
			ksyms[n].addr = sym[j].st_value + bias;
			ksyms[n].size = sym[j].st_size;
			ksyms[n].name = strtab + sym[j].st_name;
			n++;
		}
	}
	qsort(ksyms, n, sizeof(*ksyms), ksym_cmp);
	nr_ksyms = n;
}

static const struct ksym *ksym_find(unsigned long ip)
{
	size_t lo = 0, hi = nr_ksyms;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ip < ksyms[mid].addr)
			hi = mid;
		else if (ip >= ksyms[mid].addr + ksyms[mid].size)
			lo = mid + 1;
		else
			return &ksyms[mid];
	}
	return NULL;
}

const char *rm_symbolize(unsigned long ip, char *buf, size_t len)
{
	const struct ksym *s = ksym_find(ip);

	if (s)
		snprintf(buf, len, "%s+0x%lx/0x%lx", s->name, ip - s->addr,
			 s->size);
	else
		snprintf(buf, len, "0x%lx", ip);
	return buf;
}

/* ------------------------------------------------------------------ */
/* Backing the shadow. */

static bool chunk_is_backed(unsigned long chunk)
{
	const unsigned int bits = 8 * sizeof(unsigned long);

	return backed_bitmap[chunk / bits] & (1UL << (chunk % bits));
}

/* Back the shadow chunk holding shadow address saddr.  false: cannot. */
static bool shadow_back(unsigned long saddr)
{
	const unsigned int bits = 8 * sizeof(unsigned long);
	unsigned long chunk = (saddr - KASAN_SHADOW_START) >> SHADOW_CHUNK_SHIFT;
	void *want, *got;

	if (chunk_is_backed(chunk))
		return true;
	if (nr_backed == MAX_BACKED_CHUNKS)
		return false;
	want = (void *)(KASAN_SHADOW_START + (chunk << SHADOW_CHUNK_SHIFT));
	got = mmap(want, SHADOW_CHUNK_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
		   MAP_FIXED_NOREPLACE, -1, 0);
	if (got != want) {
		if (got != MAP_FAILED)
			munmap(got, SHADOW_CHUNK_SIZE);
		return false;
	}
	backed_bitmap[chunk / bits] |= 1UL << (chunk % bits);
	backed[nr_backed++] = chunk;
	return true;
}

/* Back the shadow of [addr, addr + size), before the model writes it. */
static void shadow_back_range(unsigned long addr, size_t size)
{
	unsigned long s = (unsigned long)kasan_mem_to_shadow(addr);
	unsigned long e = (unsigned long)kasan_mem_to_shadow(addr + size - 1);

	for (s = round_down(s, SHADOW_CHUNK_SIZE); s <= e; s += SHADOW_CHUNK_SIZE) {
		if (!shadow_back(s)) {
			rm_printk("kasan-model: cannot back the shadow at 0x%lx", s);
			_exit(KASAN_EXIT_FAULT);
		}
	}
}

static void kasan_poison(unsigned long addr, size_t size, u8 value)
{
	if (!size)
		return;
	shadow_back_range(addr, size);
	memset(kasan_mem_to_shadow(addr), value, size >> KASAN_SHADOW_SCALE_SHIFT);
}

/* addr is granule-aligned; a partial last granule gets its byte count. */
static void kasan_unpoison(unsigned long addr, size_t size)
{
	if (!size)
		return;
	shadow_back_range(addr, size);
	memset(kasan_mem_to_shadow(addr), 0, size >> KASAN_SHADOW_SCALE_SHIFT);
	if (size & KASAN_GRANULE_MASK)
		*kasan_mem_to_shadow(addr + size) = size & KASAN_GRANULE_MASK;
}

/* ------------------------------------------------------------------ */
/* Reports. */

static const char *bug_type(unsigned long bad)
{
	s8 v = *kasan_mem_to_shadow(bad);

	/* A partly accessible granule: the reason is in the next one. */
	if (v > 0 && v < (s8)KASAN_GRANULE_SIZE)
		v = *kasan_mem_to_shadow(bad + KASAN_GRANULE_SIZE);
	switch ((u8)v) {
	case KASAN_PAGE_FREE:
		return "use-after-free";
	case KASAN_PAGE_REDZONE:
		return "page-out-of-bounds";
	case KASAN_SLAB_REDZONE:
		return "slab-out-of-bounds";
	case KASAN_SLAB_FREE:
		return "slab-use-after-free";
	case KASAN_GLOBAL_REDZONE:
		return "global-out-of-bounds";
	case KASAN_ALLOCA_LEFT:
	case KASAN_ALLOCA_RIGHT:
		return "alloca-out-of-bounds";
	default:
		return "unknown-crash";
	}
}

static void kasan_report(unsigned long addr, size_t size, bool write,
			 unsigned long bad, bool fatal, unsigned long ip)
{
	char sym[256];
	const char *type = bad ? bug_type(bad) : "wild-memory-access";

	rm_printk("BUG: KASAN: %s in %s", type, rm_symbolize(ip, sym, sizeof(sym)));
	rm_printk("%s of size %zu at addr %016lx by task %s",
		  write ? "Write" : "Read", size, addr,
		  program_invocation_short_name);
	kasan_report_count++;
	if (fatal)
		_exit(KASAN_EXIT_REPORT);
}

/*
 * The first poisoned byte of [addr, addr + size), or 0.  Reads the
 * shadow: with the MMU off this is where an outline check faults.
 */
static __always_inline unsigned long first_poisoned(unsigned long addr,
						    size_t size)
{
	unsigned long last = addr + size - 1;
	unsigned long g;

	for (g = addr >> KASAN_SHADOW_SCALE_SHIFT;
	     g <= last >> KASAN_SHADOW_SCALE_SHIFT; g++) {
		unsigned long gaddr = g << KASAN_SHADOW_SCALE_SHIFT;
		s8 v = *kasan_mem_to_shadow(gaddr);
		unsigned long lo, hi;

		if (likely(!v))
			continue;
		lo = gaddr < addr ? addr - gaddr : 0;
		hi = g == last >> KASAN_SHADOW_SCALE_SHIFT ?
			last & KASAN_GRANULE_MASK : KASAN_GRANULE_MASK;
		if (v < 0)
			return gaddr + lo;
		if (hi >= (unsigned long)v)
			return gaddr + (lo > (unsigned long)v ? lo : (unsigned long)v);
	}
	return 0;
}

static __always_inline void check_region(unsigned long addr, size_t size,
					 bool write, bool fatal,
					 unsigned long ip)
{
	unsigned long bad;

	kasan_last_ip = ip;
	if (unlikely(!size))
		return;
	if (unlikely(addr + size < addr || addr + size > KASAN_MEM_END)) {
		kasan_report(addr, size, write, 0, fatal, ip);
		return;
	}
	bad = first_poisoned(addr, size);
	if (unlikely(bad))
		kasan_report(addr, size, write, bad, fatal, ip);
}

#define RET_IP	((unsigned long)__builtin_return_address(0))

/*
 * Outline mode (asan-instrumentation-with-call-threshold=0): a call per
 * access.  Recovering checks (the default for kernel-address) end in
 * _noabort; -fno-sanitize-recover makes the compiler call the others.
 */
#define DEFINE_ASAN_LOAD_STORE(n)					\
	void __asan_load##n(unsigned long addr);			\
	void __asan_load##n(unsigned long addr)				\
	{ check_region(addr, n, false, true, RET_IP); }			\
	void __asan_store##n(unsigned long addr);			\
	void __asan_store##n(unsigned long addr)			\
	{ check_region(addr, n, true, true, RET_IP); }			\
	void __asan_load##n##_noabort(unsigned long addr);		\
	void __asan_load##n##_noabort(unsigned long addr)		\
	{ check_region(addr, n, false, false, RET_IP); }		\
	void __asan_store##n##_noabort(unsigned long addr);		\
	void __asan_store##n##_noabort(unsigned long addr)		\
	{ check_region(addr, n, true, false, RET_IP); }

DEFINE_ASAN_LOAD_STORE(1)
DEFINE_ASAN_LOAD_STORE(2)
DEFINE_ASAN_LOAD_STORE(4)
DEFINE_ASAN_LOAD_STORE(8)
DEFINE_ASAN_LOAD_STORE(16)

/* The checks of any size: outline calls and inline reports alike. */
#define DEFINE_ASAN_SIZED(name, fn, write, fatal)			\
	void name(unsigned long addr, size_t size);			\
	void name(unsigned long addr, size_t size)			\
	{ fn(addr, size, write, fatal, RET_IP); }

DEFINE_ASAN_SIZED(__asan_loadN, check_region, false, true)
DEFINE_ASAN_SIZED(__asan_storeN, check_region, true, true)
DEFINE_ASAN_SIZED(__asan_loadN_noabort, check_region, false, false)
DEFINE_ASAN_SIZED(__asan_storeN_noabort, check_region, true, false)

/*
 * Inline mode: the compiler reads the shadow itself and calls these only
 * when it found poison.  The check is redone here to find the first bad
 * byte.
 */
static noinline void report_inline(unsigned long addr, size_t size,
				   bool write, bool fatal, unsigned long ip)
{
	unsigned long bad = first_poisoned(addr, size);

	kasan_report(addr, size, write, bad ? bad : addr, fatal, ip);
}

#define DEFINE_ASAN_REPORT(n)						\
	void __asan_report_load##n(unsigned long addr);			\
	void __asan_report_load##n(unsigned long addr)			\
	{ report_inline(addr, n, false, true, RET_IP); }		\
	void __asan_report_store##n(unsigned long addr);		\
	void __asan_report_store##n(unsigned long addr)			\
	{ report_inline(addr, n, true, true, RET_IP); }			\
	void __asan_report_load##n##_noabort(unsigned long addr);	\
	void __asan_report_load##n##_noabort(unsigned long addr)	\
	{ report_inline(addr, n, false, false, RET_IP); }		\
	void __asan_report_store##n##_noabort(unsigned long addr);	\
	void __asan_report_store##n##_noabort(unsigned long addr)	\
	{ report_inline(addr, n, true, false, RET_IP); }

DEFINE_ASAN_REPORT(1)
DEFINE_ASAN_REPORT(2)
DEFINE_ASAN_REPORT(4)
DEFINE_ASAN_REPORT(8)
DEFINE_ASAN_REPORT(16)

DEFINE_ASAN_SIZED(__asan_report_load_n, report_inline, false, true)
DEFINE_ASAN_SIZED(__asan_report_store_n, report_inline, true, true)
DEFINE_ASAN_SIZED(__asan_report_load_n_noabort, report_inline, false, false)
DEFINE_ASAN_SIZED(__asan_report_store_n_noabort, report_inline, true, false)

/* ------------------------------------------------------------------ */
/* What else the compiler calls. */

/* GCC's description of an instrumented global (asan_global_struct). */
struct kasan_global {
	unsigned long beg;
	size_t size;
	size_t size_with_redzone;
	const char *name;
	const char *module_name;
	unsigned long has_dynamic_init;
	void *location;
	char *odr_indicator;
};

/* From each object's constructor, before main() and maybe before kasan_init(). */
void __asan_register_globals(struct kasan_global *globals, size_t n);
void __asan_register_globals(struct kasan_global *globals, size_t n)
{
	size_t i;

	kasan_init();
	for (i = 0; i < n; i++) {
		struct kasan_global *g = &globals[i];
		size_t body = round_up(g->size, KASAN_GRANULE_SIZE);

		kasan_unpoison(g->beg, g->size);
		kasan_poison(g->beg + body, g->size_with_redzone - body,
			     KASAN_GLOBAL_REDZONE);
	}
}

void __asan_unregister_globals(struct kasan_global *globals, size_t n);
void __asan_unregister_globals(struct kasan_global *globals, size_t n)
{
	(void)globals;
	(void)n;
}

/* Stacks are not poisoned (asan-stack=0): nothing to clean up. */
void __asan_handle_no_return(void);
void __asan_handle_no_return(void)
{
}

/* asan-instrument-allocas: redzones around each alloca()/VLA. */
void __asan_alloca_poison(unsigned long addr, size_t size);
void __asan_alloca_poison(unsigned long addr, size_t size)
{
	size_t body = round_up(size, KASAN_GRANULE_SIZE);
	size_t right = round_up(size, KASAN_ALLOCA_REDZONE_SIZE) - body +
		       KASAN_ALLOCA_REDZONE_SIZE;

	kasan_poison(addr - KASAN_ALLOCA_REDZONE_SIZE,
		     KASAN_ALLOCA_REDZONE_SIZE, KASAN_ALLOCA_LEFT);
	kasan_unpoison(addr, size);
	kasan_poison(addr + body, right, KASAN_ALLOCA_RIGHT);
}

void __asan_allocas_unpoison(unsigned long top, unsigned long bottom);
void __asan_allocas_unpoison(unsigned long top, unsigned long bottom)
{
	if (top && bottom > top)
		kasan_unpoison(top, bottom - top);
}

/* ------------------------------------------------------------------ */
/* Faults. */

static unsigned long fault_pc(const ucontext_t *uc)
{
#if defined(__x86_64__)
	return uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__powerpc64__)
	return uc->uc_mcontext.gp_regs[32];	/* PT_NIP */
#else
#error "the KASAN model knows x86_64 and ppc64 signal frames"
#endif
}

static void report_mmu_off_fault(unsigned long addr, unsigned long pc)
{
	const struct ksym *s = ksym_find(pc);
	char where[256];

	/*
	 * An outline check faults inside the model's __asan_* entry point:
	 * name the instrumented function that called it, as the kernel's
	 * backtrace would on the next line.
	 */
	if (s && !strncmp(s->name, "__asan_", 7) && kasan_last_ip) {
		rm_printk("bad_page_fault: KASAN shadow access with MMU off at %s"
			  " (shadow 0x%lx, via %s)",
			  rm_symbolize(kasan_last_ip, where, sizeof(where)), addr,
			  s->name);
		return;
	}
	rm_printk("bad_page_fault: KASAN shadow access with MMU off at %s"
		  " (shadow 0x%lx)", rm_symbolize(pc, where, sizeof(where)), addr);
}

static void kasan_fault(int sig, siginfo_t *si, void *ucv)
{
	unsigned long addr = (unsigned long)si->si_addr;
	unsigned long pc = fault_pc(ucv);
	char where[256];

	if (addr >= KASAN_SHADOW_START && addr < KASAN_SHADOW_END) {
		if (kasan_mmu_off) {
			report_mmu_off_fault(addr, pc);
			_exit(KASAN_EXIT_MMU_OFF);
		}
		/* First touch of a chunk: back it and retry the access. */
		if (!chunk_is_backed((addr - KASAN_SHADOW_START) >>
				     SHADOW_CHUNK_SHIFT) && shadow_back(addr))
			return;
	}
	rm_printk("BUG: Unable to handle %s at 0x%lx, pc %s%s",
		  sig == SIGBUS ? "bus error" : "page fault", addr,
		  rm_symbolize(pc, where, sizeof(where)),
		  kasan_mmu_off ? " (MMU off)" : "");
	_exit(KASAN_EXIT_FAULT);
}

void kasan_init(void)
{
	struct sigaction sa;

	if (kasan_ready)
		return;
	kasan_ready = true;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = kasan_fault;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	ksyms_load();
}

/* ------------------------------------------------------------------ */
/* The MMU. */

static void shadow_protect(int prot)
{
	unsigned int i;

	for (i = 0; i < nr_backed; i++) {
		void *p = (void *)(KASAN_SHADOW_START +
				   (backed[i] << SHADOW_CHUNK_SHIFT));

		if (mprotect(p, SHADOW_CHUNK_SIZE, prot)) {
			rm_printk("kasan-model: mprotect: %s", strerror(errno));
			_exit(KASAN_EXIT_FAULT);
		}
	}
}

void mmu_off(void)
{
	kasan_mmu_off = 1;
	shadow_protect(PROT_NONE);
}

void mmu_on(void)
{
	shadow_protect(PROT_READ | PROT_WRITE);
	kasan_mmu_off = 0;
}

int mmu_is_off(void)
{
	return kasan_mmu_off;
}

/* ------------------------------------------------------------------ */
/*
 * Kernel memory.  Objects come from a heap that is all redzone until
 * allocated; a header in the left redzone holds the size.  Nothing is
 * reused, so every use after free is seen.
 */

#define KHEAP_SIZE	(16UL << 20)
#define KOBJ_HEADER	16
#define KOBJ_REDZONE	16

static unsigned long kheap, kheap_next;

void *kmalloc(size_t size)
{
	size_t body = round_up(size ? size : 1, 16);
	unsigned long hdr, obj;

	if (!kheap) {
		void *p = mmap(NULL, KHEAP_SIZE, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

		if (p == MAP_FAILED)
			return NULL;
		kheap = kheap_next = (unsigned long)p;
		kasan_poison(kheap, KHEAP_SIZE, KASAN_SLAB_REDZONE);
	}
	if (kheap_next + KOBJ_HEADER + body + KOBJ_REDZONE > kheap + KHEAP_SIZE)
		return NULL;
	hdr = kheap_next;
	obj = hdr + KOBJ_HEADER;
	kheap_next = obj + body + KOBJ_REDZONE;
	*(size_t *)hdr = size;
	kasan_unpoison(obj, size);
	return (void *)obj;
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

void kfree(const void *obj)
{
	unsigned long o = (unsigned long)obj;

	if (!obj)
		return;
	kasan_poison(o, round_up(*(size_t *)(o - KOBJ_HEADER), KASAN_GRANULE_SIZE),
		     KASAN_SLAB_FREE);
}

/* npages of PAGE_SIZE, aligned, followed by a poisoned guard page. */
void *alloc_pages_exact(size_t npages)
{
	size_t len = (npages + 2) * PAGE_SIZE;
	unsigned long p;
	void *m;

	m = mmap(NULL, len, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	p = round_up((unsigned long)m, PAGE_SIZE);
	kasan_unpoison(p, npages * PAGE_SIZE);
	kasan_poison(p + npages * PAGE_SIZE, PAGE_SIZE, KASAN_PAGE_REDZONE);
	return (void *)p;
}

void free_pages_exact(void *addr, size_t npages)
{
	kasan_poison((unsigned long)addr, npages * PAGE_SIZE, KASAN_PAGE_FREE);
}
