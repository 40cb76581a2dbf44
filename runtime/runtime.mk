# runtime/runtime.mk - the runtime: the VMX helper, the copy routines, the
# KASAN model and kexec-sim.  See docs/runtime.md.
#
# Included at the end of the top Makefile, it adds:
#
#   make runtime   the runtime for $(CC) with $(PLUGIN_SO), into
#                  build/runtime/<target triplet>/
#   make demo      the kexec hang and its fix, for ppc64le under qemu
#
# One build for one compiler is made by running this file by itself,
# which is what those targets and the testsuite do:
#
#   make -f runtime/runtime.mk RT_CC=gcc-12 \
#        RT_PLUGIN=$PWD/build/gcc-12/realmode.so [RT_OUT=DIR] rt-build
#
#   rt-build    kexec-sim and kexec-sim-unpatched for outline and inline
#               KASAN, and the .s of every kernel-side object
#   rt-tests    the test programs of testsuite/realmode.runtime/
#   rt-example  compile runtime/examples/enter-vmx-ops-no-region.c, which
#               must fail with the plugin's error; succeeds if it does
#
# RT_PLUGIN empty builds without the plugin (realmode.h's fallback);
# RT_EXTRA_CFLAGS go to every compile of kernel-side code.  The runtime is
# not built with -pg: nothing here provides _mcount.

RT_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
RT_TOP := $(patsubst %/,%,$(dir $(RT_DIR)))

# The shadow offset of the KASAN model: its shadow covers 47-bit user space
# from 16 TiB up, where neither Linux nor qemu-user put anything.
RT_SHADOW_OFFSET := 0x100000000000

ifdef RT_CC
# ---------------------------------------------------------------------
# One build.

RT_MACHINE := $(shell $(RT_CC) -dumpmachine 2>/dev/null)
ifeq ($(RT_MACHINE),)
$(error runtime: '$(RT_CC) -dumpmachine' failed)
endif
RT_ARCH := $(or $(if $(filter powerpc64le-%,$(RT_MACHINE)),ppc64), \
		$(if $(filter x86_64-%,$(RT_MACHINE)),x86_64))
ifeq ($(RT_ARCH),)
$(error runtime: no runtime for $(RT_MACHINE) (x86_64 and powerpc64le only))
endif
RT_OUT ?= build/runtime/$(RT_MACHINE)
RT_PLUGIN ?=
RT_EXTRA_CFLAGS ?=
RT_TESTDIR := $(RT_TOP)/testsuite/realmode.runtime
RT_MODES := outline inline

RT_CFLAGS := -O2 -g -std=gnu11 -Wall -Wextra -fno-strict-aliasing \
	-fno-common -fno-tree-loop-distribute-patterns \
	-I$(RT_DIR)/include -I$(RT_TOP)/plugin/include
RT_LDFLAGS := -Wl,-z,now

# Kernel C code leaves the vector registers alone (-mno-altivec -mno-vsx
# on ppc64, -mno-sse & co. on x86); the VMX state model relies on it.
RT_NOVEC_ppc64 := -mno-altivec -mno-vsx
RT_NOVEC_x86_64 := -mgeneral-regs-only
RT_NOVEC := $(RT_NOVEC_$(RT_ARCH))

# The kernel's ppc64 KASAN flags (Linux 6.1), with the model's offset.
RT_KASAN := -fsanitize=kernel-address -fasan-shadow-offset=$(RT_SHADOW_OFFSET) \
	--param asan-globals=1 --param asan-instrument-allocas=1 \
	--param asan-stack=0
RT_KASAN_outline := --param asan-instrumentation-with-call-threshold=0
RT_KASAN_inline := --param asan-instrumentation-with-call-threshold=10000

RT_PLUGIN_FLAGS := $(if $(RT_PLUGIN),-fplugin=$(RT_PLUGIN) \
	-fplugin-arg-realmode-allow-file=$(RT_DIR)/allow.txt)

# Kernel-side C of mode $(1), with or without vector registers.
rt_kcflags = $(RT_CFLAGS) $(RT_KASAN) $(RT_KASAN_$(1)) $(RT_PLUGIN_FLAGS) \
	$(RT_EXTRA_CFLAGS)

# Everything is rebuilt when the compiler, the plugin or the flags change:
# the stamp holds what the last build used.
RT_STAMP := $(RT_OUT)/config.stamp
RT_CONFIG := $(strip $(RT_CC) $(RT_PLUGIN) $(RT_EXTRA_CFLAGS))
ifneq ($(shell cat $(RT_STAMP) 2>/dev/null),$(RT_CONFIG))
.PHONY: $(RT_STAMP)
endif
$(RT_STAMP):
	@mkdir -p $(dir $@)
	@echo '$(RT_CONFIG)' > $@

RT_HDRS := $(wildcard $(RT_DIR)/include/*.h) $(RT_TOP)/plugin/include/realmode.h \
	$(RT_STAMP) $(RT_PLUGIN)

# Assembly and C of the copy routines, per architecture.
RT_ASM_ppc64 := copypage memcpy memcmp vmx-state
RT_ASM_x86_64 := vmx-state
RT_ASM_OBJS := $(patsubst %,$(RT_OUT)/arch/%.o,$(RT_ASM_$(RT_ARCH)))
RT_COPY_C_ppc64 :=
RT_COPY_C_x86_64 := copy copy-vec

RT_BUILD_TARGETS := $(foreach m,$(RT_MODES),$(RT_OUT)/$(m)/kexec-sim \
	$(RT_OUT)/$(m)/kexec-sim-unpatched)
RT_TEST_TARGETS := $(foreach m,$(RT_MODES),$(RT_OUT)/$(m)/kasan-test) \
	$(RT_OUT)/outline/copy-test $(RT_OUT)/outline/vmx-test

.PHONY: rt-build rt-tests rt-example
.DELETE_ON_ERROR:
# Keep the .s files (the testsuite scans them) and the objects.
.SECONDARY:

rt-build: $(RT_BUILD_TARGETS)
rt-tests: $(RT_TEST_TARGETS)

# The model's runtime, like mm/kasan: no KASAN, no plugin, no vectors.
$(RT_OUT)/kasan-model.o: $(RT_DIR)/kasan-model.c $(RT_HDRS)
	@mkdir -p $(dir $@)
	$(RT_CC) $(RT_CFLAGS) $(RT_NOVEC) -DKASAN_SHADOW_OFFSET=$(RT_SHADOW_OFFSET)UL \
		-c $< -o $@

$(RT_OUT)/arch/%.o: $(RT_DIR)/$(RT_ARCH)/%.S $(RT_HDRS) $(wildcard $(RT_DIR)/$(RT_ARCH)/*.h)
	@mkdir -p $(dir $@)
	$(RT_CC) $(RT_CFLAGS) -I$(RT_DIR)/$(RT_ARCH) -c $< -o $@

# Kernel-side objects of one KASAN mode: compiled to .s (scanned by the
# testsuite), then assembled.
define rt_mode_rules
$(RT_OUT)/$(1)/%.o: $(RT_OUT)/$(1)/%.s
	$(RT_CC) -c $$< -o $$@

$(RT_OUT)/$(1)/%.s: $(RT_DIR)/%.c $(RT_HDRS)
	@mkdir -p $$(dir $$@)
	$(RT_CC) $$(call rt_kcflags,$(1)) $(RT_NOVEC) -S $$< -o $$@

$(RT_OUT)/$(1)/vmx-helper-unpatched.s: $(RT_DIR)/vmx-helper.c $(RT_HDRS)
	@mkdir -p $$(dir $$@)
	$(RT_CC) $$(call rt_kcflags,$(1)) $(RT_NOVEC) -DUNPATCHED -S $$< -o $$@

$(RT_OUT)/$(1)/copy.s: $(RT_DIR)/generic/copy.c $(RT_HDRS)
	@mkdir -p $$(dir $$@)
	$(RT_CC) $$(call rt_kcflags,$(1)) $(RT_NOVEC) -S $$< -o $$@

# The one file that uses vector registers, between enter and exit: it
# stands for the assembly of the ppc64 routines, so no KASAN either.
$(RT_OUT)/$(1)/copy-vec.s: $(RT_DIR)/generic/copy-vec.c $(RT_HDRS)
	@mkdir -p $$(dir $$@)
	$(RT_CC) $(RT_CFLAGS) -S $$< -o $$@

RT_LIB_$(1) := $(RT_OUT)/$(1)/vmx-helper.o $(RT_OUT)/$(1)/process.o \
	$(patsubst %,$(RT_OUT)/$(1)/%.o,$(RT_COPY_C_$(RT_ARCH))) \
	$(RT_ASM_OBJS) $(RT_OUT)/kasan-model.o
RT_LIB_UNPATCHED_$(1) := $(RT_OUT)/$(1)/vmx-helper-unpatched.o \
	$$(filter-out $(RT_OUT)/$(1)/vmx-helper.o,$$(RT_LIB_$(1)))

$(RT_OUT)/$(1)/kexec-sim: $(RT_OUT)/$(1)/kexec-sim.o $$(RT_LIB_$(1))
	$(RT_CC) $(RT_LDFLAGS) $$^ -o $$@

$(RT_OUT)/$(1)/kexec-sim-unpatched: $(RT_OUT)/$(1)/kexec-sim.o $$(RT_LIB_UNPATCHED_$(1))
	$(RT_CC) $(RT_LDFLAGS) $$^ -o $$@

# The KASAN model's own test: kernel-side code, instrumented.
$(RT_OUT)/$(1)/kasan-test.s: $(RT_TESTDIR)/kasan-test.c $(RT_HDRS)
	@mkdir -p $$(dir $$@)
	$(RT_CC) $$(call rt_kcflags,$(1)) $(RT_NOVEC) -S $$< -o $$@

$(RT_OUT)/$(1)/kasan-test: $(RT_OUT)/$(1)/kasan-test.o $$(RT_LIB_$(1))
	$(RT_CC) $(RT_LDFLAGS) $$^ -o $$@
endef
$(foreach m,$(RT_MODES),$(eval $(call rt_mode_rules,$(m))))

# Test programs: ordinary user-space code (no KASAN, no plugin) around
# the patched runtime; vmx-test without vector registers, like the
# runtime, so that only the code under test changes them.
RT_TEST_CFLAGS := -O2 -g -Wall -Wextra -I$(RT_DIR)/include -I$(RT_TOP)/plugin/include

$(RT_OUT)/outline/copy-test: $(RT_TESTDIR)/copy-test.c $(RT_HDRS) $(RT_LIB_outline)
	$(RT_CC) $(RT_TEST_CFLAGS) $(RT_LDFLAGS) $< $(RT_LIB_outline) -o $@

$(RT_OUT)/outline/vmx-test: $(RT_TESTDIR)/vmx-test.c $(RT_TESTDIR)/vmx-bad-$(RT_ARCH).S \
		$(RT_HDRS) $(RT_LIB_outline)
	$(RT_CC) $(RT_TEST_CFLAGS) $(RT_NOVEC) -I$(RT_DIR)/$(RT_ARCH) $(RT_LDFLAGS) \
		$(RT_TESTDIR)/vmx-test.c $(RT_TESTDIR)/vmx-bad-$(RT_ARCH).S \
		$(RT_LIB_outline) -o $@

# The plugin must reject this file: succeed only if the compile fails
# with its error.  The compiler's output is shown either way.
RT_EXAMPLE := $(RT_DIR)/examples/enter-vmx-ops-no-region.c
rt-example:
	@out=$$($(RT_CC) $(call rt_kcflags,outline) $(RT_NOVEC) \
		-fno-diagnostics-show-caret -S $(RT_EXAMPLE) \
		-o $(RT_OUT)/example.s 2>&1); status=$$?; \
	printf '%s\n' "$$out"; rm -f $(RT_OUT)/example.s; \
	test $$status -ne 0 && printf '%s\n' "$$out" | \
		grep -q "error: call to .enable_kernel_altivec. from realmode function .enter_vmx_ops."

endif # RT_CC

# ---------------------------------------------------------------------
# Targets of the top Makefile.

RT_DEMO_X86 := gcc-12
RT_DEMO_PPC := powerpc64le-linux-gnu-gcc-12

.PHONY: runtime demo

runtime: plugin
	$(MAKE) --no-print-directory -f $(RT_DIR)/runtime.mk rt-build \
		RT_CC=$(CC) RT_PLUGIN=$(CURDIR)/$(PLUGIN_SO)

# Both targets are built; the demo runs the ppc64le one under qemu.
demo: deps
	@for cc in $(RT_DEMO_X86) $(RT_DEMO_PPC); do \
		$(MAKE) --no-print-directory -s plugin CC=$$cc \
			PLUGIN_SO=build/$$cc/realmode.so || exit 1; \
		$(MAKE) --no-print-directory -s -f $(RT_DIR)/runtime.mk rt-build \
			RT_CC=$$cc RT_PLUGIN=$(CURDIR)/build/$$cc/realmode.so \
			RT_OUT=build/runtime/$$($$cc -dumpmachine) || exit 1; \
	done
	@$(RT_DIR)/demo.sh --cc $(RT_DEMO_PPC) \
		--plugin $(CURDIR)/build/$(RT_DEMO_PPC)/realmode.so \
		--out build/runtime/$$($(RT_DEMO_PPC) -dumpmachine)
