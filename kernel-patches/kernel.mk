# kernel.mk - the Linux series (included by the top Makefile).
#
#   make kernel-patches      regenerate linux-*/0001-*.patch from plugin/
#   make kernel-check [KSRC=path]
#                            apply the 6.1 series to Debian's
#                            linux-source-6.1 (unpacked into build/kernel,
#                            or the tree at KSRC) and the 6.12 series to
#                            Debian 13's linux-source-6.12
#                            (build/kernel-6.12, with GCC 14 from the
#                            Debian 13 root); for each, build the kexec
#                            MMU-off path for ppc64le with KASAN outline and inline and the
#                            plugin, check it with realmode-objcheck, and
#                            show that the check fails without the
#                            enter_vmx_ops() annotation; then the x86_64
#                            entry code, checked by the kernel's objtool
#                            and by realmode-objcheck: the same reports
#   make kexec-boot [KEXEC_KERNELS="unpatched upstream no-ranges series
#                    no-enter-vmx-ops"]
#                            build those Linux 6.1 KASAN kernels (a small
#                            pseries config) and kexec each under QEMU 10:
#                            the series' must come up, the others hang
#                            where expected (docs/kernel.md)
#   make kernel-audit [OLD_OBJCHECK=path]
#                            realmode-objcheck --roots kexec_sequence on
#                            whole unpatched Linux 6.1 and 6.12 kernels
#                            (a small ppc64le pseries KASAN config), with
#                            OLD_OBJCHECK too for before and after (hours
#                            the first time; not in make check)
#   make objtool-parity [KSRC=path]
#                            the same comparison on a whole x86_64 KASAN
#                            vmlinux.o and five variants of it (about
#                            half an hour on 2 cores; not in make check)

# What building a kernel needs, besides the cross compiler; then what
# kexec-boot needs: gdb for QEMU's gdbstub, and the libraries of QEMU 10
# (unpacked from bookworm-backports by debian-fetch.sh) that Debian 12
# has but does not install by default.
KERNEL_DEB_PACKAGES := linux-source-6.1 flex bison bc libssl-dev cpio patch \
	xz-utils perl time gdb-multiarch libaio1 libbpf1 libcapstone4 libfdt1 \
	libfuse3-3 libibverbs1 libnuma1 libpmem1 libpixman-1-0 librdmacm1 \
	libslirp0 liburing2 libvdeplug2

# The same for a kernel built in the Debian 13 root.
KERNEL_DEBIAN13_PACKAGES := flex bison bc libssl-dev cpio patch xz-utils \
	perl

KERNEL_WORK ?= build/kernel
KSRC ?=

OLD_OBJCHECK ?=
KEXEC_KERNELS ?=

.PHONY: kernel-patches kernel-check kexec-boot kernel-audit objtool-parity

kernel-patches:
	@for p in $(wildcard kernel-patches/linux-*/0001-*.patch); do \
		kernel-patches/gen-plugin-patch.sh $$p plugin > $$p.tmp && \
		mv $$p.tmp $$p || exit 1; \
	done

# 6.1 with the host's GCC 12; 6.12 with GCC 14, in the Debian 13 root
# unless the host has it (KSRC names a 6.1 tree only).
KERNEL_612_CC := powerpc64le-linux-gnu-gcc-14
kernel-check: deps objcheck
	kernel-patches/kernel-check.sh $(CURDIR)/$(OBJCHECK) $(KERNEL_WORK) $(KSRC)
	@tarball=$$(kernel-patches/debian-source.sh 6.12 build/kernel-src) || \
		exit 1; \
	if command -v $(KERNEL_612_CC) >/dev/null 2>&1; then \
		KERNEL_VERSION=6.12 KERNEL_TARBALL=$$tarball \
		kernel-patches/kernel-check.sh $(CURDIR)/$(OBJCHECK) \
			$(KERNEL_WORK)-6.12; \
	else \
		testsuite/debian13.sh run $(DEBIAN13_ROOT) make \
			--no-print-directory objcheck $(DEBIAN13_MAKEVARS) \
			>/dev/null && \
		testsuite/debian13.sh run $(DEBIAN13_ROOT) env \
			KERNEL_VERSION=6.12 KERNEL_TARBALL=$$tarball \
			kernel-patches/kernel-check.sh \
			$(CURDIR)/$(DEBIAN13_OBJCHECK) \
			$(KERNEL_WORK)-6.12; \
	fi

kexec-boot: deps objcheck
	kernel-patches/kexec-boot.sh $(CURDIR)/$(OBJCHECK) build/kexec-boot \
		$(KEXEC_KERNELS)

kernel-audit: deps objcheck
	kernel-patches/kernel-audit.sh $(CURDIR)/$(OBJCHECK) build/kernel-audit \
		$(OLD_OBJCHECK)

objtool-parity: deps objcheck
	kernel-patches/vmlinux-parity.sh $(CURDIR)/$(OBJCHECK) \
		build/objtool-parity $(KSRC)
