#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The small ppc64le pseries KASAN configuration of kexec-boot and
# kernel-audit: tinyconfig, then small-pseries.config, then CONFIG...
# enabled, in the build directory OUT of the tree SRC.
#
#   kernel-patches/small-config.sh SRC OUT [CONFIG...]
#
# Every line of the fragment and every CONFIG must stay as asked after
# olddefconfig (a dependency the tree lacks would drop it silently).
# KERNEL_CC names the compiler (powerpc64le-linux-gnu-gcc-12).  make's
# output goes to stdout; exit 0, or 1 with why on stderr.

set -u

here=$(cd "$(dirname "$0")" && pwd)
src=${1:-}
out=${2:-}
[ -n "$src" ] && [ -n "$out" ] ||
	{ echo "usage: small-config.sh SRC OUT [CONFIG...]" >&2; exit 1; }
shift 2
fragment=$here/small-pseries.config

kmake() {
	make -C "$src" O="$out" ARCH=powerpc CROSS_COMPILE=powerpc64le-linux-gnu- \
		CC="${KERNEL_CC:-powerpc64le-linux-gnu-gcc-12}" "$@"
}

fail() { echo "small-config: $*" >&2; rm -f "$out/.config"; exit 1; }

mkdir -p "$out" || exit 1
kmake tinyconfig || fail "make tinyconfig failed"
"$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" \
	"$fragment" || fail "merge_config.sh failed"
for c in "$@"; do
	"$src/scripts/config" --file "$out/.config" -e "$c"
done
kmake olddefconfig || fail "make olddefconfig failed"
{ grep '^CONFIG_' "$fragment"; for c in "$@"; do echo "CONFIG_$c=y"; done; } |
while read -r l; do
	grep -qx "$l" "$out/.config" || { echo "$l"; break; }
done > "$out/.lost"
[ -s "$out/.lost" ] && fail "$(cat "$out/.lost") did not stay set (see $out/.config)"
rm -f "$out/.lost"
exit 0
