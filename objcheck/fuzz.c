// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * fuzz.c - libFuzzer target for realmode-objcheck (make fuzz-objcheck):
 * every input is loaded as an object or archive and checked, as the
 * program does with a file.  Bad input must end in bad_input(), which
 * here jumps back instead of exiting; anything else the sanitizers
 * catch is a bug.  Memory is not freed on that path: run with
 * -detect_leaks=0.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"
#include "elf.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jmp_buf rejected;

static void __noreturn reject(void)
{
	longjmp(rejected, 1);
}

/*
 * Each input is checked twice: as realmode metadata says, and with its
 * code sections as noinstr sections, so that the flow walk (flow.c)
 * runs over every function too.
 */
static void check_path(const char *path, bool noinstr)
{
	static struct strmap sections;
	struct program prog = { 0 };

	if (!sections.v) {
		strmap_add(&sections, ".text");
		strmap_add(&sections, ".noinstr.text");
		strmap_add(&sections, ".entry.text");
	}
	opts.noinstr = noinstr ? sections : (struct strmap){ 0 };
	elf_load_path(&prog.objs, path, want_relocs);
	program_prepare(&prog);
	check_realmode(&prog);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("objcheck-fuzz", 0);
	char path[64];

	if (fd < 0 || write(fd, data, size) != (ssize_t)size) {
		perror("fuzz: memfd");
		abort();
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	bad_input_hook = reject;
	if (!setjmp(rejected))
		check_path(path, false);
	if (!setjmp(rejected))
		check_path(path, true);
	close(fd);
	return 0;
}
