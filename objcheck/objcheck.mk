# objcheck.mk - build and install realmode-objcheck (included by the top
# Makefile).
#
#   make objcheck            build/realmode-objcheck, with $(HOSTCC), -lelf
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
OBJCHECK_SRCS := $(wildcard objcheck/*.c)
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
ifeq ($(OBJCHECK_SANITIZE),1)
OBJCHECK_CFLAGS += -fsanitize=address,undefined -fno-sanitize-recover=all
OBJCHECK_LDFLAGS += -fsanitize=address,undefined
endif

OBJCHECK_INSTALL_BIN := $(DESTDIR)$(PREFIX)/bin/realmode-objcheck
OBJCHECK_INSTALL_MAN := $(DESTDIR)$(PREFIX)/share/man/man1/realmode-objcheck.1

.PHONY: objcheck install-objcheck uninstall-objcheck

objcheck: $(OBJCHECK)

$(OBJCHECK): $(OBJCHECK_OBJS)
	$(HOSTCC) $(OBJCHECK_LDFLAGS) -o $@ $(OBJCHECK_OBJS) $(OBJCHECK_LDLIBS)

$(OBJCHECK_OBJDIR)/%.o: objcheck/%.c $(OBJCHECK_HDRS) $(OBJCHECK_INC)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(OBJCHECK_CFLAGS) -c -o $@ $<

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
