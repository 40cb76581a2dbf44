# objcheck.mk - build and install realmode-objcheck (included by the top
# Makefile).
#
#   make objcheck            build/realmode-objcheck, with $(HOSTCC), -lelf
#   make objcheck-asan       build/realmode-objcheck-asan, the same with ASan
#                            and UBSan (make check runs the bad-input tests
#                            against it)
#   make install-objcheck    binary to $(DESTDIR)$(PREFIX)/bin, man page to
#                            $(DESTDIR)$(PREFIX)/share/man/man1
#   make uninstall-objcheck
#
# OBJCHECK_SANITIZE=1 builds it with ASan and UBSan, for testing it on
# corrupt input.

HOSTCC ?= gcc
PREFIX ?= /usr/local
DESTDIR ?=

OBJCHECK := build/realmode-objcheck
OBJCHECK_OBJDIR := build/obj/objcheck
OBJCHECK_SRCS := $(filter-out objcheck/fuzz.c,$(wildcard objcheck/*.c))
OBJCHECK_HDRS := $(wildcard objcheck/*.h) plugin/entry-points.def
OBJCHECK_OBJS := $(patsubst objcheck/%.c,$(OBJCHECK_OBJDIR)/%.o,$(OBJCHECK_SRCS))
OBJCHECK_INC := $(OBJCHECK_OBJDIR)/runtime-functions.inc
OBJCHECK_MAN := docs/realmode-objcheck.1
# The version is the plugin's.
OBJCHECK_VERSION := $(shell sed -n 's/^\#define REALMODE_VERSION[[:space:]]*"\(.*\)"/\1/p' \
	plugin/realmode-plugin.h)
OBJCHECK_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -D_GNU_SOURCE \
	-DOBJCHECK_VERSION='"$(OBJCHECK_VERSION)"' -I$(OBJCHECK_OBJDIR)
OBJCHECK_LDLIBS := -lelf
OBJCHECK_SANITIZE_FLAGS := -fsanitize=address,undefined \
	-fno-sanitize-recover=all
ifeq ($(OBJCHECK_SANITIZE),1)
OBJCHECK_CFLAGS += $(OBJCHECK_SANITIZE_FLAGS)
OBJCHECK_LDFLAGS += $(OBJCHECK_SANITIZE_FLAGS)
endif

# The sanitizer build, beside the plain one: its own objects.
OBJCHECK_ASAN := build/realmode-objcheck-asan
OBJCHECK_ASAN_OBJDIR := build/obj/objcheck-asan
OBJCHECK_ASAN_OBJS := $(patsubst objcheck/%.c,$(OBJCHECK_ASAN_OBJDIR)/%.o,\
	$(OBJCHECK_SRCS))

OBJCHECK_INSTALL_BIN := $(DESTDIR)$(PREFIX)/bin/realmode-objcheck
OBJCHECK_INSTALL_MAN := $(DESTDIR)$(PREFIX)/share/man/man1/realmode-objcheck.1

.PHONY: objcheck objcheck-asan install-objcheck uninstall-objcheck

objcheck: $(OBJCHECK)

$(OBJCHECK): $(OBJCHECK_OBJS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(OBJCHECK_LDFLAGS) -o $@ $(OBJCHECK_OBJS) $(OBJCHECK_LDLIBS)

$(OBJCHECK_OBJDIR)/%.o: objcheck/%.c $(OBJCHECK_HDRS) $(OBJCHECK_INC)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(OBJCHECK_CFLAGS) -c -o $@ $<

objcheck-asan: $(OBJCHECK_ASAN)

$(OBJCHECK_ASAN): $(OBJCHECK_ASAN_OBJS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(OBJCHECK_LDFLAGS) $(OBJCHECK_SANITIZE_FLAGS) -o $@ \
		$(OBJCHECK_ASAN_OBJS) $(OBJCHECK_LDLIBS)

$(OBJCHECK_ASAN_OBJDIR)/%.o: objcheck/%.c $(OBJCHECK_HDRS) $(OBJCHECK_INC)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(OBJCHECK_CFLAGS) $(OBJCHECK_SANITIZE_FLAGS) -c -o $@ $<

# runtime-functions.txt, one C string a name.
$(OBJCHECK_INC): objcheck/runtime-functions.txt
	@mkdir -p $(dir $@)
	sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$$/d' -e 's/.*/"&",/' \
		$< > $@

install-objcheck: $(OBJCHECK)
	install -d $(dir $(OBJCHECK_INSTALL_BIN)) $(dir $(OBJCHECK_INSTALL_MAN))
	install -m 0755 $(OBJCHECK) $(OBJCHECK_INSTALL_BIN)
	install -m 0644 $(OBJCHECK_MAN) $(OBJCHECK_INSTALL_MAN)

uninstall-objcheck:
	rm -f $(OBJCHECK_INSTALL_BIN) $(OBJCHECK_INSTALL_MAN)

# make fuzz-objcheck [FUZZ_TIME=seconds]: libFuzzer with ASan and UBSan
# over a corpus of real objects (the checker's and the plugin's own, the
# runtime's for both targets when built, the kernel-style noinstr objects
# of the last make check, and an archive); each input is also checked
# with its code as noinstr sections, for the flow walk.  Crashes land in build/fuzz/ as crash-*.
FUZZ_TIME ?= 60
FUZZ_DIR := build/fuzz
FUZZ_BIN := $(FUZZ_DIR)/objcheck-fuzz
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
FUZZ_SRCS := $(filter-out objcheck/main.c,$(OBJCHECK_SRCS)) objcheck/fuzz.c

.PHONY: fuzz-objcheck

$(FUZZ_BIN): $(FUZZ_SRCS) $(OBJCHECK_HDRS) $(OBJCHECK_INC)
	@mkdir -p $(dir $@)
	clang-14 -std=gnu11 -O1 -g -D_GNU_SOURCE \
		-DOBJCHECK_VERSION='"$(OBJCHECK_VERSION)"' -I$(OBJCHECK_OBJDIR) \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-o $@ $(FUZZ_SRCS) $(OBJCHECK_LDLIBS)

fuzz-objcheck: objcheck
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(FUZZ_PACKAGES)"
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@mkdir -p $(FUZZ_DIR)/corpus
	@for o in $(OBJCHECK_OBJS) $(wildcard build/obj/gcc-12/*.o \
		build/runtime/*/*.o build/runtime/*/*/*.o \
		$(CHECK_DIR)/gcc-12/realmode.objcheck/flow-*/*.o); do \
		cp -f $$o $(FUZZ_DIR)/corpus/$$(echo $$o | tr / _); done
	ar rc $(FUZZ_DIR)/corpus/objs.a $(OBJCHECK_OBJS)
	cd $(FUZZ_DIR) && ASAN_OPTIONS=detect_leaks=0 \
		./objcheck-fuzz -max_total_time=$(FUZZ_TIME) \
		-fork=1 -ignore_ooms=1 -detect_leaks=0 -close_fd_mask=3 corpus
