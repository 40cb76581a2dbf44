# realmode: GCC plugin, object checker, runtime, tests.  See README.md.
#
#   make                 plugin/realmode.so for $(CC)
#   make CC=powerpc64le-linux-gnu-gcc-12
#                        the plugin for that compiler (a host .so either way)
#   make check           DejaGnu testsuite on every supported compiler found
#   make demo            the kexec bug and its fix on the runtime model
#   make bench           benchmarks (realmode-objcheck against readelf)
#   make fuzz-objcheck   libFuzzer on realmode-objcheck (FUZZ_TIME=seconds)
#   make deps            install the Debian packages the project needs
#   make install         plugin and realmode.h into $(CC)'s plugin directory
#   make kernel-check    the Linux series on Debian's linux-source-6.1 and
#                        Debian 13's linux-source-6.12
#   make kexec-boot      kexec real 6.1 KASAN kernels under QEMU 10
#   make kernel-audit    the audit on whole 6.1 and 6.12 kernels (long)
#   make kernel-patches  regenerate each series' plugin patch from plugin/

ifeq ($(origin CC),default)
CC := gcc
endif
HOSTCC ?= gcc
HOSTCXX ?= g++
PREFIX ?= /usr/local
DESTDIR ?=

# The plugin is C++ to GCC; build it with the g++ of the same major
# version as $(CC) when there is one, so its headers are read as intended.
GCC_MAJOR = $(shell $(CC) -dumpversion | cut -d. -f1)
PLUGIN_DIR = $(shell $(CC) -print-file-name=plugin)
PLUGIN_CXX = $(shell command -v g++-$(GCC_MAJOR) >/dev/null 2>&1 && \
		echo g++-$(GCC_MAJOR) || echo $(HOSTCXX))

PLUGIN_SO ?= plugin/realmode.so
# What -fplugin loads is a loader (plugin/loader/) that checks the GCC
# version before it loads the plugin proper, which sits beside it.
PLUGIN_CORE = $(dir $(PLUGIN_SO))realmode-core.so
PLUGIN_LOADER_OBJ = $(PLUGIN_OBJDIR)/loader/loader.o
PLUGIN_OBJDIR ?= build/obj/$(notdir $(CC))
PLUGIN_SRCS := $(wildcard plugin/*.c)
PLUGIN_HDRS := $(wildcard plugin/*.h plugin/*.def)
PLUGIN_OBJS = $(patsubst plugin/%.c,$(PLUGIN_OBJDIR)/%.o,$(PLUGIN_SRCS))
PLUGIN_CXXFLAGS := -std=gnu++11 -fPIC -fno-rtti -fno-exceptions -O2 -g \
	-Wall -Wextra -fvisibility=hidden

# Compilers the testsuite runs on, each with its g++; those neither on
# the PATH nor in the Debian 13 root are skipped.  Beside each compiler,
# the plugin for its other major version is built (11 and 12, 13 and 14),
# for the test that loads the wrong one.
CHECK_COMPILERS := gcc-12 gcc-11 gcc-13 gcc-14 \
	powerpc64le-linux-gnu-gcc-12 powerpc64le-linux-gnu-gcc-11 \
	powerpc64le-linux-gnu-gcc-13 powerpc64le-linux-gnu-gcc-14 \
	aarch64-linux-gnu-gcc-12 aarch64-linux-gnu-gcc-14
CHECK_DIR := build/testsuite
EXTRA_TEST_FLAGS ?=

DEB_PACKAGES = make gcc-12 g++-12 gcc-12-plugin-dev gcc-11 g++-11 \
	gcc-11-plugin-dev gcc-powerpc64le-linux-gnu \
	g++-powerpc64le-linux-gnu gcc-12-plugin-dev-powerpc64le-linux-gnu \
	gcc-11-powerpc64le-linux-gnu g++-11-powerpc64le-linux-gnu \
	gcc-11-plugin-dev-powerpc64le-linux-gnu gcc-12-aarch64-linux-gnu \
	g++-12-aarch64-linux-gnu gcc-12-plugin-dev-aarch64-linux-gnu \
	gcc-12-powerpc64-linux-gnu dejagnu libelf-dev qemu-user csmith \
	libcsmith-dev python3 debootstrap $(KERNEL_DEB_PACKAGES)

# GCC 13 and 14 come from Debian 13, whose libc must not go into a
# Debian 12 host: make deps builds a root of it under build/ (unless the
# host has all of ROOT_COMPILERS), and make check runs those compilers
# there, with a realmode-objcheck of the root's own.
ROOT_COMPILERS := gcc-13 gcc-14 powerpc64le-linux-gnu-gcc-13 \
	powerpc64le-linux-gnu-gcc-14 aarch64-linux-gnu-gcc-14
DEBIAN13_ROOT := build/debian13
DEBIAN13_PACKAGES = make gcc g++ gcc-13 g++-13 gcc-13-plugin-dev gcc-14 \
	g++-14 gcc-14-plugin-dev gcc-13-powerpc64le-linux-gnu \
	g++-13-powerpc64le-linux-gnu gcc-13-plugin-dev-powerpc64le-linux-gnu \
	gcc-14-powerpc64le-linux-gnu g++-14-powerpc64le-linux-gnu \
	gcc-14-plugin-dev-powerpc64le-linux-gnu gcc-14-aarch64-linux-gnu \
	g++-14-aarch64-linux-gnu gcc-14-plugin-dev-aarch64-linux-gnu \
	gcc-14-powerpc64-linux-gnu git libelf-dev dejagnu binutils qemu-user \
	file python3 $(KERNEL_DEBIAN13_PACKAGES)
DEBIAN13_OBJCHECK := build/debian13-objcheck/realmode-objcheck
DEBIAN13_MAKEVARS := HOSTCC=gcc-14 HOSTCXX=g++-14 \
	OBJCHECK=$(DEBIAN13_OBJCHECK) \
	OBJCHECK_OBJDIR=build/obj/debian13-objcheck \
	OBJCHECK_ASAN=$(DEBIAN13_OBJCHECK)-asan \
	OBJCHECK_ASAN_OBJDIR=build/obj/debian13-objcheck-asan

.PHONY: all plugin objcheck check bench deps install uninstall clean
.DELETE_ON_ERROR:

all: plugin objcheck

plugin: $(PLUGIN_SO)

# The stamp names the compiler the .so was last linked for, so that
# "make CC=gcc-11" after "make" relinks instead of keeping the wrong one.
PLUGIN_STAMP = $(PLUGIN_SO).cc
ifneq ($(shell cat $(PLUGIN_STAMP) 2>/dev/null),$(CC))
.PHONY: $(PLUGIN_STAMP)
endif
$(PLUGIN_STAMP):
	@mkdir -p $(dir $@)
	@echo '$(CC)' > $@

# Linked aside and renamed, so a compiler loading it never sees half a file.
$(PLUGIN_SO): $(PLUGIN_LOADER_OBJ) $(PLUGIN_CORE) $(PLUGIN_STAMP)
	$(PLUGIN_CXX) -shared -o $@.tmp $(PLUGIN_LOADER_OBJ) -ldl
	mv -f $@.tmp $@

$(PLUGIN_CORE): $(PLUGIN_OBJS) $(PLUGIN_STAMP)
	$(PLUGIN_CXX) -shared -o $@.tmp $(PLUGIN_OBJS)
	mv -f $@.tmp $@

# plugin-version.h pins the .so to one GCC build: objects are per compiler.
$(PLUGIN_OBJDIR)/%.o: plugin/%.c $(PLUGIN_HDRS)
	@mkdir -p $(dir $@)
	$(PLUGIN_CXX) $(PLUGIN_CXXFLAGS) -isystem $(PLUGIN_DIR)/include \
		-x c++ -c -o $@ $<

missing_packages = $(shell for p in $(DEB_PACKAGES); do \
	dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	grep -q '^install ok installed' || echo $$p; done)

# As root, install what is missing; otherwise name the one command to run.
deps:
	@missing="$(strip $(missing_packages))"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "missing packages; run as root:"; \
		echo "apt-get install $$missing"; exit 1; \
	fi; \
	echo "deps: installing $$missing"; \
	apt-get update -q && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -q $$missing
	@(for cc in $(ROOT_COMPILERS); do \
		command -v $$cc >/dev/null 2>&1 || exit 1; \
	done) || testsuite/debian13.sh create $(DEBIAN13_ROOT) \
		$(DEBIAN13_PACKAGES)

# Per compiler: build the plugin, run the suite (its bad-input tests of
# realmode-objcheck a second time against the ASan/UBSan build), run it
# again with the plugin disabled to show that every stripping test can
# fail, and check that realmode-objcheck finds every object the plugin
# accepts clean.  Compilers the host lacks run in the Debian 13 root
# (ROOT_COMPILERS, testsuite/debian13.sh), each with a realmode-objcheck
# built there.  Then the fuzz regressions and one summary line.
check: deps objcheck objcheck-asan
	@rm -rf $(CHECK_DIR); mkdir -p $(CHECK_DIR); start=$$(date +%s); \
	host=; root=; \
	for cc in $(CHECK_COMPILERS); do \
		if command -v $$cc >/dev/null 2>&1; then host="$$host $$cc"; \
		elif testsuite/debian13.sh has $(DEBIAN13_ROOT) $$cc; then \
			root="$$root $$cc"; \
		else echo "check: $$cc not installed, skipped"; fi; \
	done; \
	$(MAKE) --no-print-directory check-compilers \
		CHECK_COMPILERS="$$host" || exit 1; \
	if [ -n "$$root" ]; then \
		testsuite/debian13.sh run $(DEBIAN13_ROOT) \
			make --no-print-directory check-compilers \
			CHECK_COMPILERS="$$root" $(DEBIAN13_MAKEVARS) || exit 1; \
	fi; \
	testsuite/fuzz/fuzz.sh -n $(FUZZ_CHECK_N) -s $(FUZZ_CHECK_SEED) \
		-o build/fuzz-csmith/check --objcheck $(CURDIR)/$(OBJCHECK) \
		--sum $(CHECK_DIR)/fuzz/realmode.sum || exit 1; \
	grep -v '^#' testsuite/fuzz/regressions.txt | \
	while read -r seed cc level flavour why; do \
		command -v $$cc >/dev/null 2>&1 || continue; \
		FUZZ_NAME=csmith-regression-$$seed \
		testsuite/fuzz/fuzz.sh -n 1 -s $$seed --compilers $$cc \
			--levels $$level --flavours $$flavour \
			-o build/fuzz-csmith/regress-$$seed \
			--objcheck $(CURDIR)/$(OBJCHECK) \
			--sum $(CHECK_DIR)/fuzz-regress-$$seed/realmode.sum || \
			exit 1; \
	done || exit 1; \
	echo $$(( $$(date +%s) - start )) > $(CHECK_DIR)/wall-time; \
	testsuite/summary.sh $(CHECK_DIR)/*/

# The body of make check for the compilers named, all on this PATH.
.PHONY: check-compilers
check-compilers: objcheck objcheck-asan
	@for cc in $(CHECK_COMPILERS); do \
		v=$${cc##*-}; cxx=$${cc%gcc-*}g++-$$v; \
		$(MAKE) --no-print-directory plugin CC=$$cc \
			PLUGIN_SO=build/$$cc/realmode.so || exit 1; \
		other=$${cc%-*}-$$(( v % 2 ? v + 1 : v - 1 )); \
		if command -v $$other >/dev/null 2>&1; then \
			$(MAKE) --no-print-directory plugin CC=$$other \
				PLUGIN_SO=build/$$other/realmode.so || exit 1; \
		fi; \
		testsuite/run.sh --cc $$cc --cxx $$cxx \
			--plugin $(CURDIR)/build/$$cc/realmode.so \
			--other-plugin $(CURDIR)/build/$$other/realmode.so \
			--outdir $(CHECK_DIR)/$$cc \
			--extra-flags "$(EXTRA_TEST_FLAGS)" \
			--objcheck $(CURDIR)/$(OBJCHECK) \
			--objcheck-asan $(CURDIR)/$(OBJCHECK_ASAN) || exit 1; \
		testsuite/can-fail.sh --cc $$cc --cxx $$cxx \
			--plugin $(CURDIR)/build/$$cc/realmode.so \
			--outdir $(CHECK_DIR)/can-fail-$$cc || exit 1; \
		testsuite/agree.sh --cc $$cc \
			--plugin $(CURDIR)/build/$$cc/realmode.so \
			--objcheck $(CURDIR)/$(OBJCHECK) \
			--outdir $(CHECK_DIR)/agree-$$cc || exit 1; \
	done

# Differential fuzzing of the plugin on csmith programs (testsuite/fuzz/,
# docs/testsuite.md): N programs from csmith seed SEED, on gcc-12 and the
# ppc64le and aarch64 gcc-12 at -O0 -O2 -Os, with the kernel's
# instrumentation, gcov or UBSan; failures kept in build/fuzz-csmith/fail/.
# make check runs FUZZ_CHECK_N of them into build/testsuite/fuzz/.
N ?= 200
SEED ?= 1
FUZZ_CHECK_N ?= 16
FUZZ_CHECK_SEED ?= 1
FUZZ_COMPILERS := gcc-12 powerpc64le-linux-gnu-gcc-12 aarch64-linux-gnu-gcc-12
.PHONY: fuzz
fuzz: deps objcheck
	@for cc in $(FUZZ_COMPILERS); do \
		command -v $$cc >/dev/null 2>&1 || continue; \
		$(MAKE) --no-print-directory plugin CC=$$cc \
			PLUGIN_SO=build/$$cc/realmode.so || exit 1; \
	done
	testsuite/fuzz/fuzz.sh -n $(N) -s $(SEED) -o build/fuzz-csmith \
		--compilers "$(FUZZ_COMPILERS)" --objcheck $(CURDIR)/$(OBJCHECK)

# Benchmarks, not tests: one table of ratios against their targets
# (testsuite/bench.sh; the kernel rows need "make kernel-check" first).
BENCH_ROUNDS ?= 5
bench: deps objcheck
	testsuite/bench.sh build/bench $(BENCH_ROUNDS)

install: plugin objcheck install-objcheck
	install -d $(DESTDIR)$(PLUGIN_DIR)
	install -m 0755 $(PLUGIN_SO) $(DESTDIR)$(PLUGIN_DIR)/realmode.so
	install -m 0755 $(PLUGIN_CORE) $(DESTDIR)$(PLUGIN_DIR)/realmode-core.so
	install -m 0644 plugin/include/realmode.h $(DESTDIR)$(PLUGIN_DIR)/realmode.h
	install -d $(DESTDIR)$(PREFIX)/share/doc/realmode
	install -m 0644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/realmode/
	install -d $(DESTDIR)$(PREFIX)/share/man/man7
	install -m 0644 docs/realmode.7 $(DESTDIR)$(PREFIX)/share/man/man7/realmode.7

uninstall: uninstall-objcheck
	rm -f $(DESTDIR)$(PLUGIN_DIR)/realmode.so \
		$(DESTDIR)$(PLUGIN_DIR)/realmode-core.so \
		$(DESTDIR)$(PLUGIN_DIR)/realmode.h
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/realmode
	rm -f $(DESTDIR)$(PREFIX)/share/man/man7/realmode.7

clean:
	rm -rf build plugin/realmode.so plugin/realmode-core.so plugin/realmode.so.cc

include objcheck/objcheck.mk
include kernel-patches/kernel.mk

# The runtime: `make runtime`, `make demo` (see runtime/runtime.mk).
include runtime/runtime.mk
