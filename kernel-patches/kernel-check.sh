#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make kernel-check: the series on a real kernel tree.
#
#   [KERNEL_VERSION=6.1|6.12] [KERNEL_TARBALL=path] [KERNEL_CC=cc]
#   kernel-patches/kernel-check.sh OBJCHECK WORKDIR [KSRC]
#
# Unpacks Debian's linux-source-KERNEL_VERSION (6.1, the default, with
# powerpc64le-linux-gnu-gcc-12; 6.12 with powerpc64le-linux-gnu-gcc-14)
# into WORKDIR (or takes the unpacked tree KSRC), applies
# kernel-patches/linux-KERNEL_VERSION with patch -p1 (a tree
# that already has the series is used as it is; on a fresh one, the
# first-compile stage runs between patches 2 and 3: kexec_copy_flush()
# marked __realmode must fail its first compile naming every unsafe
# call, the memset of -ftrivial-auto-var-init too), then, for KASAN outline
# and KASAN inline on ppc64le_defconfig with GCC_PLUGIN_REALMODE:
# builds the plugin through the kernel's own Makefiles, builds
# arch/powerpc/{lib,kexec,mm}/ (the kexec MMU-off path: kexec_copy_flush,
# copy_page, memcpy, the VMX helpers, flush_icache_range), and runs the
# series' "make realmode_check" with OBJCHECK over them.  A violation,
# a compiler error or a broken build fails.
#
# Negative control (outline pass): enter_vmx_ops() without __realmode
# must make the check fail, naming enter_vmx_ops: the bug of the
# kexec/VMX KASAN backport.  The tree is restored afterwards.
#
# Then the objtool parity stage: the kernel's own objtool and
# realmode-objcheck --noinstr-section on the same x86_64 KASAN objects
# must report the same places (objtool_parity below).
#
# Exit 0 when everything holds, 1 when a check fails, 2 on bad usage.

set -u

here=$(cd "$(dirname "$0")" && pwd)
kver=${KERNEL_VERSION:-6.1}
series_dir=$here/linux-$kver
objcheck=${1:-}
work=${2:-}
ksrc=${3:-}
tarball=${KERNEL_TARBALL:-/usr/src/linux-source-$kver.tar.xz}
cross=powerpc64le-linux-gnu-
flow_flags=
# What the first compile of kexec_copy_flush() must name (below): on
# 6.12 with GCC 14 the memcpy is memcpy() itself (KASAN's mem-intrinsic
# prefix) and GCC drops the zeroing of ranges[] on its own.
case $kver in
6.1) kcc=${KERNEL_CC:-powerpc64le-linux-gnu-gcc-12}
     first_want="memset __memcpy copy_page flush_icache_range" ;;
6.12) kcc=${KERNEL_CC:-powerpc64le-linux-gnu-gcc-14}
     first_want="memcpy copy_page flush_icache_range"
     # 6.12's objtool reads 14-byte alternatives: the tests' objects too.
     flow_flags=-DALT_FT_FLAGS ;;
*) echo "kernel-check: no series for Linux $kver" >&2; exit 2 ;;
esac

if [ -z "$objcheck" ] || [ -z "$work" ]; then
	echo "usage: kernel-check.sh OBJCHECK WORKDIR [KSRC]" >&2
	exit 2
fi
[ -x "$objcheck" ] || { echo "kernel-check: $objcheck: not built" >&2; exit 2; }
command -v "$kcc" >/dev/null 2>&1 ||
	{ echo "kernel-check: $kcc not installed (make deps)" >&2; exit 2; }

say() { echo "kernel-check: $*"; }
die() { echo "kernel-check: FAIL: $*"; exit 1; }

mkdir -p "$work" || exit 2
work=$(cd "$work" && pwd)
log=$work/kernel-check.log
: > "$log"

# --- the tree --------------------------------------------------------

if [ -z "$ksrc" ]; then
	[ -f "$tarball" ] ||
		{ echo "kernel-check: $tarball missing (make deps)" >&2; exit 2; }
	# Always a fresh tree: the series (its plugin above all) may have
	# changed since the last run.
	ksrc=$work/linux-source-$kver
	say "unpacking $(basename "$tarball")"
	rm -rf "$ksrc" "$work"/out-*
	tar -C "$work" -xJf "$tarball" || die "cannot unpack $tarball"

fi
[ -f "$ksrc/Makefile" ] || { echo "kernel-check: $ksrc: not a kernel tree" >&2; exit 2; }
ksrc=$(cd "$ksrc" && pwd)
version=$(make -s -C "$ksrc" kernelversion 2>/dev/null)
say "tree $ksrc (Linux $version)"

# Apply the series, unless it is there already (a reused tree): the
# plugin and the checker (patches 1 and 2) first, the rest after the
# first-compile stage below.
apply_patches() {	# apply_patches FIRST LAST (line numbers in series)
	sed -n "$1,$2p" "$series_dir/series" | while read -r p; do
		if ! patch -p1 -s -f --dry-run < "$series_dir/$p" >>"$log" 2>&1; then
			die "$p does not apply cleanly (see $log)"
		fi
		patch -p1 -s -f < "$series_dir/$p" >>"$log" 2>&1 ||
			die "$p: patch failed"
	done || exit 1
}
npatches=$(wc -l < "$series_dir/series")
cd "$ksrc" || exit 2
if patch -p1 -R -s -f --dry-run < "$series_dir/$(tail -n 1 "$series_dir/series")" \
	>/dev/null 2>&1; then
	say "series already applied"
	fresh=
else
	apply_patches 1 2
	say "applied patches 1-2 of $npatches"
	fresh=1
fi

# --- one configuration ------------------------------------------------

# Linux 6.1 and 6.12 do not offer KASAN_INLINE on ppc64le: Book3S-64 KASAN needs
# the radix MMU, which selects ARCH_DISABLE_KASAN_INLINE (inline checks
# would run in real mode).  The inline pass keeps the outline
# configuration and gives the compiler the flags KASAN_INLINE stands for
# (scripts/Makefile.kasan: a call threshold of 10000 instead of 0).
kasan_flags=

kmake() {	# kmake OUT ARGS...
	out=$1; shift
	make -C "$ksrc" O="$out" ARCH=powerpc CROSS_COMPILE=$cross CC="$kcc" \
		REALMODE_OBJCHECK="$objcheck" -j"$(nproc)" \
		${kasan_flags:+"CFLAGS_KASAN=$kasan_flags"} "$@"
}

configure() {	# configure OUT
	kmake "$1" ppc64le_defconfig >>"$log" 2>&1 || die "ppc64le_defconfig"
	"$ksrc/scripts/config" --file "$1/.config" -e KASAN -e KASAN_GENERIC \
		-e KASAN_OUTLINE -e GCC_PLUGINS \
		-e GCC_PLUGIN_REALMODE -e GCC_PLUGIN_REALMODE_OBJCHECK
	kmake "$1" olddefconfig >>"$log" 2>&1 || die "olddefconfig"
	for opt in KASAN_GENERIC KASAN_OUTLINE \
		   GCC_PLUGIN_REALMODE GCC_PLUGIN_REALMODE_OBJCHECK; do
		grep -q "^CONFIG_$opt=y" "$1/.config" ||
			die "CONFIG_$opt did not stay set (see $1/.config)"
	done
}

dirs="arch/powerpc/lib/ arch/powerpc/kexec/ arch/powerpc/mm/"

build() {	# build OUT
	kmake "$1" prepare >>"$log" 2>&1 || die "make prepare (see $log)"
	# The kernel builds its plugins as part of "scripts".
	kmake "$1" scripts >>"$log" 2>&1 || die "make scripts (see $log)"
	[ -f "$1/scripts/gcc-plugins/realmode_plugin.so" ] ||
		die "the kernel did not build realmode_plugin.so"
	kmake "$1" $dirs > "$1/build.log" 2>&1 ||
		{ cat "$1/build.log" >> "$log";
		  grep -E 'error|Error' "$1/build.log" | head -20;
		  die "building $dirs (see $log)"; }
	if grep -E '(error|warning):' "$1/build.log" | grep -q realmode; then
		grep -E '(error|warning):' "$1/build.log" | head -20
		die "the plugin complained"
	fi
}

check() {	# check OUT: the series' own target, with statistics
	REALMODE_OBJCHECK_FLAGS=--stats kmake "$1" realmode_check \
		> "$1/check.out" 2>&1
}

pass() {	# pass outline|inline
	out=$work/out-$1
	say "KASAN $1: configuring, building the plugin and $dirs"
	kasan_flags=
	configure "$out"
	if [ "$1" = inline ]; then
		kasan_flags=$(grep -o -- '-fsanitize=kernel-address[^;]*' \
			"$work/out-outline/arch/powerpc/lib/.sstep.o.cmd" |
			sed 's/ -I.*//; s/  */ /g' |
			sed 's/call-threshold=0/call-threshold=10000/')
		case $kasan_flags in
		*threshold=10000*) ;;
		*) die "cannot derive the inline KASAN flags";;
		esac
	fi
	build "$out"
	kasan_flags=
	objs=$(cd "$out" && find $dirs -name '*.o' | wc -l)
	# The instrumentation is what the pass says: inline checks report
	# through __asan_report_*, outline ones call __asan_load*/store*.
	reports=$(cd "$out" && find $dirs -name '*.o' |
		xargs ${cross}nm -u 2>/dev/null | grep -c '__asan_report_')
	if [ "$1" = inline ] && [ "$reports" -eq 0 ]; then
		die "KASAN inline: no inline check in the objects"
	elif [ "$1" = outline ] && [ "$reports" -ne 0 ]; then
		die "KASAN outline: inline checks in the objects"
	fi
	plugin_flag=$(grep -c 'fplugin=.*realmode_plugin.so' \
		"$out/arch/powerpc/kexec/.core_64.o.cmd")
	[ "$plugin_flag" -gt 0 ] || die "core_64.o was built without the plugin"
	check "$out"; rc=$?
	stats=$(grep 'stats:' "$out/check.out")
	violations=$(grep -c ': error: ' "$out/check.out")
	realmode=$(echo "$stats" | sed -n 's/.* \([0-9]*\) realmode,.*/\1/p')
	say "KASAN $1: $objs objects built, ${realmode:-?} realmode functions," \
		"$violations violations"
	if [ $rc -ne 0 ] || [ "$violations" -ne 0 ]; then
		cat "$out/check.out"
		die "KASAN $1: realmode_check failed (exit $rc)"
	fi
	[ "${realmode:-0}" -gt 0 ] || die "KASAN $1: no realmode function found"
}

# enter_vmx_ops() as it was before the fix: the check must fail on it.
negative() {
	out=$work/out-outline
	f=$ksrc/arch/powerpc/lib/vmx-helper.c
	cp "$f" "$work/vmx-helper.c.orig"
	trap 'cp "$work/vmx-helper.c.orig" "$f"' EXIT
	sed -i -e 's/^__realmode int enter_vmx_ops/int enter_vmx_ops/' \
	       -e '/^\trealmode_unchecked_\(begin\|end\)();$/d' "$f"
	grep -q '^int enter_vmx_ops' "$f" ||
		die "negative control: cannot remove the annotation"
	kmake "$out" arch/powerpc/lib/vmx-helper.o >>"$log" 2>&1 ||
		die "negative control: vmx-helper.o does not build"
	check "$out"; rc=$?
	cp "$work/vmx-helper.c.orig" "$f"
	trap - EXIT
	kmake "$out" arch/powerpc/lib/vmx-helper.o >>"$log" 2>&1
	# make turns the checker's exit 1 into its own 2.
	if [ $rc -eq 0 ] || ! grep -q 'call to enter_vmx_ops() which is not realmode' \
			"$out/check.out"; then
		cat "$out/check.out"
		die "negative control: the check did not catch enter_vmx_ops (exit $rc)"
	fi
	say "negative control: enter_vmx_ops() without __realmode fails the check:"
	grep ': error: ' "$out/check.out" | sed 's/^/  /'
}

# --- objtool parity (x86_64) -----------------------------------------
#
# realmode-objcheck --noinstr-section against the kernel's own objtool
# --noinstr --link, on the kernel's own noinstr code: x86_64_defconfig
# with KASAN outline and DEBUG_ENTRY (NOINSTR_VALIDATION), no plugin;
# the entry code and the noinstr users around it, linked with ld -r as
# vmlinux.o is.  Calls to what is not linked in are reported by both.
# Then the kernel-style objects of testsuite/realmode.objcheck/
# (noinstr-flow-*.S, each variant the tests build).  Both tools must
# report the same places (objtool-parity.sh).

x86_dirs="arch/x86/entry/ kernel/entry/"
x86_objs="arch/x86/kernel/traps.o arch/x86/kernel/nmi.o
	arch/x86/kernel/idt.o arch/x86/kernel/irq.o arch/x86/kernel/irq_64.o
	arch/x86/kernel/cpu/common.o arch/x86/kernel/alternative.o
	arch/x86/mm/fault.o kernel/context_tracking.o kernel/rcu/tree.o"
flow_variants="after-end after-end:NO_BEGIN ret ret:BALANCED once
	once:FIRST_OK noreturn noreturn:NORETURN=die noreturn:NORETURN=returns
	hint hint:NO_HINT alt alt:IN_REGION jump-label jump-label:IN_REGION
	pv-ops pv-ops:SLOT=0 alt-order once-per-symbol"

. "$here/x86-noinstr.sh"

xmake() {	# xmake ARGS...: an x86_64 build in out-x86
	x86_noinstr_make "$work/out-x86" "$@"
}

flow_objects() {	# flow_objects DIR: the tests' objects, built there
	tests=$here/../testsuite/realmode.objcheck
	mkdir -p "$1"
	for v in $flow_variants; do
		src=$tests/noinstr-flow-${v%%:*}.S
		def=
		case $v in *:*) def=-D${v#*:};; esac
		obj=$1/$(echo "$v" | tr ':=' '--').o
		gcc -c $def $flow_flags -I"$tests" -I"$here/../plugin/include" -o "$obj" \
			"$src" >>"$log" 2>&1 || die "cannot build $obj from $src"
		echo "$obj"
	done
}

objtool_parity() {
	out=$work/out-x86
	say "objtool parity: x86_64 KASAN, building objtool and $x86_dirs" \
		"and $(echo $x86_objs | wc -w) objects"
	x86_noinstr_config "$out"
	xmake prepare >>"$log" 2>&1 || die "x86_64 make prepare (see $log)"
	objtool=$out/tools/objtool/objtool
	[ -x "$objtool" ] || die "the kernel did not build objtool"
	xmake $x86_dirs $x86_objs >>"$log" 2>&1 ||
		die "building the x86_64 objects (see $log)"
	(cd "$out" && ld -m elf_x86_64 -r -o noinstr.o $x86_objs \
		--whole-archive arch/x86/entry/built-in.a \
		kernel/entry/built-in.a) >>"$log" 2>&1 ||
		die "ld -r of the x86_64 objects"
	"$here/objtool-parity.sh" "$objtool" "$objcheck" "$out/noinstr.o" \
		$(flow_objects "$out/flow") > "$out/parity.out" 2>&1
	rc=$?
	sed 's/^/  /' "$out/parity.out"
	[ $rc -eq 0 ] || die "objtool and realmode-objcheck disagree (exit $rc)"
	say "objtool parity: the same places on $(grep -c ': objtool ' \
		"$out/parity.out") objects"
}

# --- one compile names every call ------------------------------------
#
# kexec_copy_flush() marked __realmode on the tree with only the plugin
# (patches 1 and 2): the first compile must name every unsafe call,
# those of the source (__memcpy, copy_page from the inlined
# copy_segments(), flush_icache_range) and the memset that code
# generation makes for -ftrivial-auto-var-init's zeroing of ranges[]
# alike.

first_compile() {
	out=$work/out-outline
	f=$ksrc/arch/powerpc/kexec/core_64.c
	say "first compile: kexec_copy_flush() marked __realmode, plugin only"
	configure "$out"
	kmake "$out" prepare >>"$log" 2>&1 || die "make prepare (see $log)"
	kmake "$out" scripts >>"$log" 2>&1 || die "make scripts (see $log)"
	cp "$f" "$work/core_64.c.orig"
	trap 'cp "$work/core_64.c.orig" "$f"' EXIT
	sed -i -e 's/^\(notrace \)\{0,1\}void kexec_copy_flush(/__realmode void kexec_copy_flush(/' \
	       -e '0,/^#include/s//#include <linux\/realmode.h>\n#include/' "$f"
	grep -q '^__realmode void kexec_copy_flush(' "$f" ||
		die "first compile: cannot mark kexec_copy_flush()"
	kmake "$out" arch/powerpc/kexec/core_64.o \
		> "$out/first-compile.log" 2>&1
	rc=$?
	cp "$work/core_64.c.orig" "$f"
	trap - EXIT
	[ $rc -ne 0 ] || die "first compile: marked kexec_copy_flush() compiled"
	# (Quotes are the locale's: the kernel's Makefile unexports LC_ALL.)
	q="[^A-Za-z0-9_ ]*"
	names=$(sed -n "s/.*error: call to $q\([A-Za-z0-9_]*\)$q from realmode function ${q}kexec_copy_flush.*/\1/p" \
		"$out/first-compile.log" | sort -u | tr '\n' ' ')
	for want in $first_want; do
		case " $names" in
		*" $want "*) ;;
		*) cat "$out/first-compile.log" >> "$log"
		   die "first compile: no error for $want (errors for: $names)";;
		esac
	done
	say "first compile: one compile names $names"
	grep -E "error: call to|note: call to ${q}memset" \
		"$out/first-compile.log" | sed "s|$ksrc/||; s/^/  /"
}

start=$(date +%s)
if [ -n "$fresh" ]; then
	first_compile
	cd "$ksrc" || exit 2
	apply_patches 3 "$npatches"
	say "applied patches 3-$npatches"
fi
pass outline
negative
pass inline
objtool_parity
say "PASS: Linux $version, series of $(wc -l < "$series_dir/series") patches," \
	"$(( $(date +%s) - start )) s"
