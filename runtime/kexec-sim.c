// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * kexec-sim - the PowerPC kexec switchover, modelled in user space.
 *
 * On the machine (arch/powerpc/kexec): default_machine_kexec() sets
 * preempt_count to HARDIRQ_OFFSET, prints "kexec: Starting switchover
 * sequence", and kexec_sequence() turns the MMU off and calls
 * kexec_copy_flush(), whose copy_segments() walks the kimage entry list
 * and copies each source page to its destination with copy_page().
 * copy_page() asks enter_vmx_ops() whether it may use VMX; with
 * HARDIRQ_OFFSET set the answer is no, and it copies with scalar code.
 *
 * Here the same sequence runs over pages of the KASAN model's memory.
 * Built with KASAN like the kernel: the real-mode functions are
 * __realmode, everything else is instrumented.  If enter_vmx_ops() is
 * instrumented (the UNPATCHED build of vmx-helper.c), its first shadow
 * access with the MMU off ends the run with a bad_page_fault line.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kasan-model.h"
#include "realmode.h"
#include "thread_info.h"
#include "vmx.h"

#define KEXEC_SEGMENT_MAX	16
#define SEGMENT_SIZE_MAX	(64UL << 20)

/* A kimage entry: a page address with what it is in the low bits. */
typedef unsigned long kimage_entry_t;

#define IND_DESTINATION	(1UL << 0)	/* copy the next sources to here */
#define IND_INDIRECTION	(1UL << 1)	/* the entries go on in this page */
#define IND_DONE	(1UL << 2)	/* the end of the list */
#define IND_SOURCE	(1UL << 3)	/* a page to copy */
#define IND_FLAGS	(IND_DESTINATION | IND_INDIRECTION | IND_DONE | IND_SOURCE)

struct kexec_segment {
	unsigned long mem;		/* destination */
	size_t memsz;
};

struct kimage {
	kimage_entry_t head;
	kimage_entry_t *entry;		/* the next free slot */
	kimage_entry_t *last_entry;	/* the slot that links to the next page */
	unsigned long ind_entries;	/* slots per indirection page */
	unsigned long nr_segments;
	struct kexec_segment segment[KEXEC_SEGMENT_MAX];
	unsigned long nr_pages;		/* source pages */
	unsigned long nr_ind_pages;
};

/* Real mode sees physical addresses; in the model they are the virtual ones. */
static __always_inline unsigned long virt_to_phys(const void *p)
{
	return (unsigned long)p;
}

static __always_inline void *phys_to_virt(unsigned long pa)
{
	return (void *)pa;
}

/* ------------------------------------------------------------------ */
/*
 * With the MMU off: nothing here may touch the shadow.  Not inlined nor
 * cloned, so that a fault names them and the testsuite finds them.
 */
#define __rm_func	noinline __attribute__((__noclone__)) __realmode

static __rm_func void copy_segments(kimage_entry_t ind)
{
	kimage_entry_t entry, *ptr = NULL;
	char *dest = NULL;

	for (entry = ind; !(entry & IND_DONE); entry = *ptr++) {
		void *addr = phys_to_virt(entry & PAGE_MASK);

		switch (entry & IND_FLAGS) {
		case IND_DESTINATION:
			dest = addr;
			break;
		case IND_INDIRECTION:
			ptr = addr;
			break;
		case IND_SOURCE:
			rm_copy_page(dest, addr);
			dest += PAGE_SIZE;
			break;
		}
	}
}

/*
 * The kernel also copies the segment list to the stack first (the image
 * may be overwritten) and flushes the icache over each segment; neither
 * matters to the model.
 */
static __rm_func void kexec_copy_flush(struct kimage *image)
{
	copy_segments(image->head);
}

/* mmu_off() and mmu_on() are allowed by runtime/allow.txt. */
static __rm_func void kexec_sequence(struct kimage *image, int real_mode)
{
	if (real_mode)
		mmu_off();
	kexec_copy_flush(image);
	if (real_mode)
		mmu_on();
}

/* ------------------------------------------------------------------ */
/* Building the image and checking the result, with the MMU on. */

static int kimage_add_entry(struct kimage *image, kimage_entry_t entry)
{
	if (image->entry == image->last_entry) {
		kimage_entry_t *ind = alloc_pages_exact(1);

		if (!ind)
			return -ENOMEM;
		*image->entry = virt_to_phys(ind) | IND_INDIRECTION;
		image->entry = ind;
		image->last_entry = ind + image->ind_entries - 1;
		image->nr_ind_pages++;
	}
	*image->entry++ = entry;
	*image->entry = 0;
	return 0;
}

/* splitmix64: page contents that depend on the seed and the segment. */
static u64 next_word(u64 *state)
{
	u64 z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static u64 segment_seed(unsigned long seed, unsigned long i)
{
	return seed * 0x100000001b3ULL + i;
}

static void fill_page(u64 *page, u64 *state)
{
	size_t i;

	for (i = 0; i < PAGE_SIZE / sizeof(u64); i++)
		page[i] = next_word(state);
}

static struct kimage *kimage_build(unsigned long nr_segments,
				   unsigned long seg_pages,
				   unsigned long ind_entries, unsigned long seed)
{
	struct kimage *image = kzalloc(sizeof(*image));
	unsigned long i, p;

	if (!image)
		return NULL;
	image->entry = &image->head;
	image->last_entry = &image->head;
	image->ind_entries = ind_entries;

	for (i = 0; i < nr_segments; i++) {
		struct kexec_segment *seg = &image->segment[i];
		char *dest = alloc_pages_exact(seg_pages);
		u64 state = segment_seed(seed, i);

		if (!dest)
			return NULL;
		/* Whatever was there before: a page not copied shows. */
		memset(dest, 0xdd, seg_pages * PAGE_SIZE);
		seg->mem = virt_to_phys(dest);
		seg->memsz = seg_pages * PAGE_SIZE;
		if (kimage_add_entry(image, seg->mem | IND_DESTINATION))
			return NULL;
		for (p = 0; p < seg_pages; p++) {
			u64 *src = alloc_pages_exact(1);

			if (!src)
				return NULL;
			fill_page(src, &state);
			if (kimage_add_entry(image, virt_to_phys(src) | IND_SOURCE))
				return NULL;
			image->nr_pages++;
		}
		image->nr_segments++;
	}
	if (kimage_add_entry(image, IND_DONE))
		return NULL;
	return image;
}

/* Every byte of every destination.  Returns 0, or 1 after saying where. */
static int kimage_verify(const struct kimage *image, unsigned long seed)
{
	unsigned long i, w;

	for (i = 0; i < image->nr_segments; i++) {
		const struct kexec_segment *seg = &image->segment[i];
		const u64 *dest = phys_to_virt(seg->mem);
		u64 state = segment_seed(seed, i);

		for (w = 0; w < seg->memsz / sizeof(u64); w++) {
			u64 want = next_word(&state), got = dest[w];
			unsigned int b;

			if (got == want)
				continue;
			for (b = 0; b < 8; b++)
				if (((want ^ got) >> (8 * b)) & 0xff)
					break;
			printf("kexec: segment %lu differs at byte 0x%lx (page %lu)\n",
			       i, w * 8 + b, w * 8 / PAGE_SIZE);
			return 1;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */

static const char usage_text[] =
"usage: kexec-sim [OPTION]...\n"
"Model the PowerPC kexec switchover: build a kimage, set preempt_count to\n"
"HARDIRQ_OFFSET, turn the MMU off, copy every page with copy_page() as\n"
"copy_segments() does, turn the MMU on and verify every byte.\n"
"\n"
"  -n, --segments=N         segments, 1-16 (default 4)\n"
"  -s, --segment-size=SIZE  bytes per segment, with K or M, up to 64M;\n"
"                           rounded up to 64 KiB pages (default 256K)\n"
"      --seed=N             seed of the page contents (default 1)\n"
"      --vmx                preempt_count 0 instead of HARDIRQ_OFFSET, so\n"
"                           that copy_page() takes its VMX path; the MMU\n"
"                           then stays on unless --mmu=off is given\n"
"      --mmu=on|off         the MMU during the copy (default off; on with\n"
"                           --vmx)\n"
"      --ind-entries=N      entries per indirection page, 2-8192 (default\n"
"                           8192, a whole page)\n"
"  -h, --help               show this help\n"
"\n"
"Exit status: 0 copied and verified, 1 verification failed, 2 bad usage,\n"
"3 KASAN shadow accessed with the MMU off (where the kernel hangs),\n"
"4 KASAN report, 5 any other fault.\n";

static void __attribute__((noreturn)) usage(FILE *f, int status)
{
	fputs(usage_text, f);
	exit(status);
}

static void __attribute__((noreturn)) bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "kexec-sim: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	usage(stderr, 2);
}

/* A number in [min, max], with K/M suffixes if sizes is set. */
static unsigned long parse_num(const char *what, const char *s,
			       unsigned long min, unsigned long max, int sizes)
{
	unsigned long v, mult = 1;
	char *end;

	errno = 0;
	v = strtoul(s, &end, 0);
	if (sizes && (*end == 'K' || *end == 'k'))
		mult = 1UL << 10, end++;
	else if (sizes && (*end == 'M' || *end == 'm'))
		mult = 1UL << 20, end++;
	if (errno || end == s || *end || *s == '-' || v > max / mult ||
	    v * mult < min)
		bad_usage(what, s);
	return v * mult;
}

enum { OPT_SEED = 256, OPT_VMX, OPT_MMU, OPT_IND };

static const struct option long_options[] = {
	{ "segments", required_argument, NULL, 'n' },
	{ "segment-size", required_argument, NULL, 's' },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "vmx", no_argument, NULL, OPT_VMX },
	{ "mmu", required_argument, NULL, OPT_MMU },
	{ "ind-entries", required_argument, NULL, OPT_IND },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

int main(int argc, char **argv)
{
	unsigned long nr_segments = 4, seg_size = 256UL << 10, seed = 1;
	unsigned long ind_entries = PAGE_SIZE / sizeof(kimage_entry_t);
	unsigned long seg_pages, vmx_before;
	int vmx = 0, mmu = -1, c;
	struct kimage *image;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":n:s:h", long_options, NULL)) != -1) {
		switch (c) {
		case 'n':
			nr_segments = parse_num("bad segment count '%s'", optarg,
						1, KEXEC_SEGMENT_MAX, 0);
			break;
		case 's':
			seg_size = parse_num("bad segment size '%s'", optarg,
					     1, SEGMENT_SIZE_MAX, 1);
			break;
		case OPT_SEED:
			seed = parse_num("bad seed '%s'", optarg, 0, ~0UL, 0);
			break;
		case OPT_VMX:
			vmx = 1;
			break;
		case OPT_MMU:
			if (!strcmp(optarg, "on"))
				mmu = 1;
			else if (!strcmp(optarg, "off"))
				mmu = 0;
			else
				bad_usage("--mmu takes on or off, not '%s'", optarg);
			break;
		case OPT_IND:
			ind_entries = parse_num("bad --ind-entries '%s'", optarg, 2,
						PAGE_SIZE / sizeof(kimage_entry_t), 0);
			break;
		case 'h':
			usage(stdout, 0);
		case ':':
			bad_usage("option '%s' needs an argument", argv[optind - 1]);
		default:
			bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		bad_usage("unexpected argument '%s'", argv[optind]);
	if (mmu < 0)
		mmu = vmx;
	seg_pages = (seg_size + PAGE_SIZE - 1) / PAGE_SIZE;

	/* Kernel messages go to stderr; ours must come out in order with them. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	kasan_init();
	rm_thread_init();

	image = kimage_build(nr_segments, seg_pages, ind_entries, seed);
	if (!image) {
		printf("kexec: out of memory building the image\n");
		return 1;
	}
	printf("kexec: %lu segments of %lu pages (%d KiB), %lu indirection pages, seed %lu\n",
	       image->nr_segments, seg_pages, PAGE_SIZE >> 10,
	       image->nr_ind_pages, seed);

	vmx_before = current_thread_info()->vmx_enables;
	if (!vmx)
		current_thread_info()->preempt_count = HARDIRQ_OFFSET;
	printf("kexec: Starting switchover sequence%s\n",
	       mmu ? " (MMU kept on)" : "");
	kexec_sequence(image, !mmu);
	current_thread_info()->preempt_count = 0;

	if (kimage_verify(image, seed))
		return 1;
	printf("kexec: switchover complete: %lu pages copied (%lu with VMX) in %lu segments, %lu bytes verified\n",
	       image->nr_pages, current_thread_info()->vmx_enables - vmx_before,
	       image->nr_segments, image->nr_pages * PAGE_SIZE);
	if (kasan_report_count) {
		printf("kexec: %lu KASAN reports\n", kasan_report_count);
		return KASAN_EXIT_REPORT;
	}
	return 0;
}
