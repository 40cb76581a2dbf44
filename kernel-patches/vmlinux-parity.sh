#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make objtool-parity: realmode-objcheck --noinstr-section against the
# kernel's own objtool on a whole Linux 6.1 x86_64 KASAN vmlinux.o.
#
#   kernel-patches/vmlinux-parity.sh OBJCHECK WORKDIR [KSRC]
#
# Unpacks Debian's linux-source-6.1 into WORKDIR (or uses the tree KSRC,
# unchanged), builds vmlinux.o out of tree for x86_64_defconfig with
# KASAN generic outline and DEBUG_ENTRY (so NOINSTR_VALIDATION is on),
# no debug info, no plugin (half an hour on 2 cores), then compares the
# two tools (objtool-parity.sh) on:
#
#   vmlinux.o         as built;
#   no-begin.o        without .discard.instr_begin: no region begins;
#   no-end.o          without .discard.instr_end (objtool then ignores
#                     the begin markers as well);
#   begin-thin-N.o    every Nth instrumentation_begin() marker moved to
#                     the start of its section (N = 2, 3): regions that
#                     are entered on some paths only;
#   end-thin-3.o      every third instrumentation_end() marker moved:
#                     regions left open at a return.
#
# Exit 0 when both report the same places on every object, 1 when they
# differ or the build fails, 2 on bad usage.

here=$(cd "$(dirname "$0")" && pwd)
objcheck=${1:-}
work=${2:-}
ksrc=${3:-}
tarball=/usr/src/linux-source-6.1.tar.xz

if [ -z "$objcheck" ] || [ -z "$work" ]; then
	echo "usage: vmlinux-parity.sh OBJCHECK WORKDIR [KSRC]" >&2
	exit 2
fi
[ -x "$objcheck" ] || { echo "objtool-parity: $objcheck: not built" >&2; exit 2; }

say() { echo "objtool-parity: $*"; }
die() { echo "objtool-parity: FAIL: $*"; exit 1; }

mkdir -p "$work" || exit 2
work=$(cd "$work" && pwd)
log=$work/build.log
: > "$log"

if [ -z "$ksrc" ]; then
	[ -f "$tarball" ] ||
		{ echo "objtool-parity: $tarball missing (make deps)" >&2; exit 2; }
	ksrc=$work/linux-source-6.1
	if [ ! -f "$ksrc/Makefile" ]; then
		say "unpacking $(basename "$tarball")"
		tar -C "$work" -xJf "$tarball" || die "cannot unpack $tarball"
	fi
fi
[ -f "$ksrc/Makefile" ] || { echo "objtool-parity: $ksrc: not a kernel tree" >&2; exit 2; }
out=$work/out
start=$(date +%s)

. "$here/x86-noinstr.sh"

x86_noinstr_config "$out"
say "building vmlinux.o (x86_64_defconfig, KASAN outline, DEBUG_ENTRY)"
x86_noinstr_make "$out" vmlinux_o >>"$log" 2>&1 || die "building vmlinux.o (see $log)"
say "built in $(( $(date +%s) - start )) s"

# Every STEP-th relocation of SECTION in IN points at offset 0 of its
# section in OUT: the marker moves to the first instruction there.
thin() {	# thin IN OUT SECTION STEP
	python3 - "$@" <<'EOF' || die "cannot rewrite $3 of $1"
import struct, sys
src, dst, name, step = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
data = bytearray(open(src, 'rb').read())
shoff, = struct.unpack_from('<Q', data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3a)
if shnum == 0:
    shnum, = struct.unpack_from('<Q', data, shoff + 0x20)
if shstrndx == 0xffff:
    shstrndx, = struct.unpack_from('<I', data, shoff + 0x28)
def header(i):
    return struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)
strtab = header(shstrndx)[4]
def section_name(off):
    end = data.index(b'\0', strtab + off)
    return data[strtab + off:end].decode()
moved = 0
for i in range(shnum):
    h = header(i)
    if section_name(h[0]) == name:
        for k in range(h[5] // 24):
            if k % step == 0:
                struct.pack_into('<q', data, h[4] + k * 24 + 16, 0)
                moved += 1
if not moved:
    sys.exit(1)
open(dst, 'wb').write(data)
EOF
}

v=$work/variants
mkdir -p "$v"
objcopy -R .discard.instr_begin -R .rela.discard.instr_begin \
	"$out/vmlinux.o" "$v/no-begin.o" || die "objcopy"
objcopy -R .discard.instr_end -R .rela.discard.instr_end \
	"$out/vmlinux.o" "$v/no-end.o" || die "objcopy"
thin "$out/vmlinux.o" "$v/begin-thin-2.o" .rela.discard.instr_begin 2
thin "$out/vmlinux.o" "$v/begin-thin-3.o" .rela.discard.instr_begin 3
thin "$out/vmlinux.o" "$v/end-thin-3.o" .rela.discard.instr_end 3

"$here/objtool-parity.sh" "$out/tools/objtool/objtool" "$objcheck" \
	"$out/vmlinux.o" "$v/no-begin.o" "$v/no-end.o" "$v/begin-thin-2.o" \
	"$v/begin-thin-3.o" "$v/end-thin-3.o" > "$work/parity.out" 2>&1
rc=$?
sed 's/^/  /' "$work/parity.out"
[ $rc -eq 0 ] || die "objtool and realmode-objcheck disagree (exit $rc)"
say "PASS: the same places on 6 objects, $(( $(date +%s) - start )) s"
