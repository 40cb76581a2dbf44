// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * init.c - /init of the make kexec-boot kernels, built static.
 *
 * First kernel: load /kexec/vmlinux and /kexec/initrd with
 * kexec_file_load(2), the second kernel's command line saying
 * "realmode-kexec-2", and reboot into it (LINUX_REBOOT_CMD_KEXEC): the
 * kexec switchover, with the MMU off, in default_machine_kexec().
 * Second kernel (the word is on its command line, so the kernel passes
 * it to init as an argument): say so and power off.
 *
 * Every line starts with "realmode-kexec: " for the script to find.
 */
#include <fcntl.h>
#include <linux/reboot.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MARK		"realmode-kexec-2"
#define CMDLINE		"console=hvc0 " MARK

static void say(const char *what)
{
	printf("realmode-kexec: %s\n", what);
	fflush(stdout);
}

static void fail(const char *what)
{
	printf("realmode-kexec: FAIL: %s: %m\n", what);
	fflush(stdout);
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		LINUX_REBOOT_CMD_POWER_OFF, NULL);
	for (;;)
		pause();
}

static int second_kernel(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], MARK))
			return 1;
	return 0;
}

int main(int argc, char **argv)
{
	int kernel, initrd;

	if (second_kernel(argc, argv)) {
		say("second kernel up");
		syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
			LINUX_REBOOT_CMD_POWER_OFF, NULL);
		fail("power off");
	}
	say("first kernel up, loading the second");
	kernel = open("/kexec/vmlinux", O_RDONLY);
	if (kernel < 0)
		fail("/kexec/vmlinux");
	initrd = open("/kexec/initrd", O_RDONLY);
	if (initrd < 0)
		fail("/kexec/initrd");
	if (syscall(SYS_kexec_file_load, kernel, initrd, sizeof(CMDLINE),
		    CMDLINE, 0UL) < 0)
		fail("kexec_file_load");
	say("loaded, rebooting into it");
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		LINUX_REBOOT_CMD_KEXEC, NULL);
	fail("reboot(LINUX_REBOOT_CMD_KEXEC)");
	return 1;
}
