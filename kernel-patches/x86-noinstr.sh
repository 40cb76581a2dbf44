# SPDX-License-Identifier: GPL-3.0-or-later
#
# x86-noinstr.sh: sourced by kernel-check.sh and vmlinux-parity.sh, which
# both build the kernel's own x86_64 noinstr code for the comparison with
# objtool.  Needs $ksrc, $log and die().

# x86_noinstr_make OUT ARGS...: make in the x86_64 build tree OUT.
x86_noinstr_make() {
	_out=$1; shift
	make -C "$ksrc" O="$_out" ARCH=x86_64 -j"$(nproc)" "$@"
}

# x86_noinstr_config OUT: x86_64_defconfig with KASAN generic outline and
# DEBUG_ENTRY, so that NOINSTR_VALIDATION (objtool --noinstr) is on; no
# debug info, which only slows the build.
x86_noinstr_config() {
	x86_noinstr_make "$1" x86_64_defconfig >>"$log" 2>&1 ||
		die "x86_64_defconfig (see $log)"
	"$ksrc/scripts/config" --file "$1/.config" -e KASAN -e KASAN_GENERIC \
		-e KASAN_OUTLINE -e DEBUG_ENTRY \
		-d DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT -e DEBUG_INFO_NONE
	x86_noinstr_make "$1" olddefconfig >>"$log" 2>&1 ||
		die "x86_64 olddefconfig (see $log)"
	for _opt in KASAN_OUTLINE NOINSTR_VALIDATION; do
		grep -q "^CONFIG_$_opt=y" "$1/.config" ||
			die "x86_64: CONFIG_$_opt did not stay set"
	done
}
