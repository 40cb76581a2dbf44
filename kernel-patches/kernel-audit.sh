#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make kernel-audit: realmode-objcheck's audit on whole kernels.
#
#   kernel-patches/kernel-audit.sh OBJCHECK WORKDIR [OLD_OBJCHECK]
#
# For Linux 6.1 (Debian 12's linux-source-6.1) and 6.12 (Debian 13's,
# fetched by debian-source.sh), unpatched: unpacks the tree into
# WORKDIR/linux-VERSION, configures it with small-config.sh (ppc64le
# pseries, KASAN generic outline) in WORKDIR/out-VERSION and builds vmlinux with the powerpc64le gcc-12
# cross compiler.  Tree and build are kept: a second run, or one after
# an interruption, goes on from what make left.  Then, with OBJCHECK and
# with OLD_OBJCHECK when given (an earlier build, for before and after):
#
#   realmode-objcheck --roots kexec_sequence vmlinux.o
#   realmode-objcheck --roots kexec_sequence arch/powerpc/built-in.a \
#       mm/built-in.a                  (the man page's example)
#
# and prints one line per run: lines of output, errors, notes, exit
# status, wall time and peak memory; the outputs are kept in
# WORKDIR/audit-VERSION-*.txt.  Hours of work on 2 cores the first time
# (two kernels): not part of make check or CI.
#
# Exit 0 when every run of OBJCHECK ends with status 0 or 1 (findings
# are what an unpatched kernel has); 1 otherwise, or when a build fails;
# 2 on bad usage.

set -u

here=$(cd "$(dirname "$0")" && pwd)
objcheck=${1:-}
work=${2:-}
old=${3:-}
cross=powerpc64le-linux-gnu-
kcc=${KERNEL_CC:-powerpc64le-linux-gnu-gcc-12}
versions=${KERNEL_AUDIT_VERSIONS:-6.1 6.12}
jobs=${JOBS:-$(nproc)}

[ -n "$objcheck" ] && [ -n "$work" ] ||
	{ echo "usage: kernel-audit.sh OBJCHECK WORKDIR [OLD_OBJCHECK]" >&2; exit 2; }
for p in "$objcheck" $old; do
	[ -x "$p" ] || { echo "kernel-audit: $p: not built" >&2; exit 2; }
done
command -v "$kcc" >/dev/null 2>&1 ||
	{ echo "kernel-audit: $kcc not installed (make deps)" >&2; exit 2; }
[ -x /usr/bin/time ] ||
	{ echo "kernel-audit: /usr/bin/time missing (make deps)" >&2; exit 2; }

say() { echo "kernel-audit: $*"; }
die() { echo "kernel-audit: FAIL: $*"; exit 1; }

mkdir -p "$work" || exit 2
work=$(cd "$work" && pwd)

kmake() {	# kmake SRC OUT ARGS...
	src=$1 out=$2
	shift 2
	make -C "$src" O="$out" ARCH=powerpc CROSS_COMPILE=$cross CC="$kcc" \
		-j"$jobs" "$@"
}

build() {	# build VERSION: the tree's vmlinux.o, or die
	v=$1
	src=$work/linux-$v out=$work/out-$v log=$work/build-$v.log
	if [ ! -f "$src/.unpacked" ]; then
		tarball=$("$here/debian-source.sh" "$v" "$work") || exit 1
		say "unpacking $(basename "$tarball")"
		rm -rf "$src" "$out"
		mkdir -p "$src"
		tar -C "$src" --strip-components=1 -xJf "$tarball" ||
			die "cannot unpack $tarball"
		touch "$src/.unpacked"
	fi
	# A changed fragment configures again.
	cmp -s "$here/small-pseries.config" "$out/.fragment" 2>/dev/null ||
		rm -f "$out/.config"
	if [ ! -f "$out/.config" ]; then
		KERNEL_CC=$kcc "$here/small-config.sh" "$src" "$out" >"$log" 2>&1 ||
			die "Linux $v: configuring failed ($(tail -n 1 "$log"))"
		cp "$here/small-pseries.config" "$out/.fragment"
	fi
	say "Linux $v: building vmlinux ($jobs jobs; log: $log)"
	start=$(date +%s)
	kmake "$src" "$out" vmlinux >>"$log" 2>&1 || die "Linux $v: build failed (see $log)"
	say "Linux $v: built in $(( $(date +%s) - start )) s"
}

status=0

audit() {	# audit VERSION LABEL OBJCHECK FILES...
	v=$1 label=$2 prog=$3
	shift 3
	txt=$work/audit-$v-$label.txt
	(cd "$work/out-$v" &&
	 /usr/bin/time -f '%e %M' -o "$txt.time" "$prog" --roots kexec_sequence \
		"$@" > "$txt" 2>&1)
	rc=$?
	set -- $(tail -n 1 "$txt.time")
	printf 'kernel-audit: Linux %-5s %-22s exit %d, %5d lines (%d errors, %d notes), %s s, %d MiB\n' \
		"$v" "$label" "$rc" "$(wc -l < "$txt")" \
		"$(grep -c ': error: ' "$txt")" "$(grep -c ': note: ' "$txt")" \
		"$1" "$(( $2 / 1024 ))"
	case $label in
	old-*) ;;
	*) [ "$rc" -le 1 ] || status=1 ;;
	esac
}

for v in $versions; do
	build "$v"
	for which in new old; do
		prog=$objcheck
		if [ "$which" = old ]; then
			[ -n "$old" ] || continue
			prog=$old
		fi
		audit "$v" "$which-vmlinux.o" "$prog" vmlinux.o
		audit "$v" "$which-built-in.a" "$prog" arch/powerpc/built-in.a \
			mm/built-in.a
	done
done
exit $status
