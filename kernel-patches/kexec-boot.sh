#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make kexec-boot: kexec real Linux 6.1 KASAN kernels under QEMU 10 and
# say where each one stops.
#
#   kernel-patches/kexec-boot.sh OBJCHECK WORKDIR [KERNEL...]
#
# KERNEL is any of (default: all, in this order)
#
#   unpatched        Linux 6.1 as Debian ships it: must hang, its first
#                    machine check in memset <- kexec_copy_flush
#   upstream         the upstream fix alone (__no_sanitize_address on
#                    enter_vmx_ops(), commit 38e989d504fc): must hang
#                    the same way
#   no-ranges        the series without its kexec_copy_flush() patch
#                    (0003), built without the plugin, which would refuse
#                    it (its first compile names the memset): must hang
#                    in memset <- kexec_copy_flush
#   series           the series, with the plugin in the tree
#                    (GCC_PLUGIN_REALMODE) and the kbuild check on
#                    (GCC_PLUGIN_REALMODE_OBJCHECK, OBJCHECK): the second
#                    kernel must come up
#   no-enter-vmx-ops the series without its enter_vmx_ops() patch (0004),
#                    the kbuild check off (it would fail the link): must
#                    hang in enter_vmx_ops, the bug of the upstream fix
#
# Each is a small pseries config (small-config.sh) built from one
# fresh tree of Debian's linux-source-6.1 in WORKDIR, patched from one
# kernel to the next so that only what changes is rebuilt (two out-of-
# tree builds: without and with the plugin).  Each boots under
# qemu-system-ppc64 -M pseries -cpu power9 (radix, so the copy runs with
# the MMU off) from QEMU 10 (Debian's bookworm-backports, unpacked under
# WORKDIR by debian-fetch.sh; QEMU 7.2 lets a real-mode load of a KASAN
# shadow address return 0, so nothing hangs there).  /init (kexec-boot/
# init.c) kexec_file_load()s the same kernel with a marker on its
# command line and reboots into it; the second kernel's /init says so
# and powers off.  Through QEMU's gdbstub, gdb waits for the first
# machine check (kexec-boot/mce.gdb) and the fault is named against the
# vmlinux (kexec-boot/symbolize.awk).
#
# Outcomes: "up" (the second kernel's line), "hang" (a machine check, or
# the switchover line and then nothing before the timeout), "no boot"
# (the first /init never ran: a failure, never a hang).  One table at
# the end; console logs and gdb output stay in WORKDIR/boot-KERNEL.*.
#
# Exit 0 when every outcome is the expected one, 1 otherwise, 2 on bad
# usage or a missing tool.  KEXEC_TIMEOUT (s, default 300) bounds a boot.
# KEXEC_BOOT_ONLY=1 boots the kernels a previous run left in
# WORKDIR/kernels again, without building anything.

set -u

here=$(cd "$(dirname "$0")" && pwd)
kb=$here/kexec-boot
series_dir=$here/linux-6.1
objcheck=${1:-}
work=${2:-}
[ -n "$objcheck" ] && [ -n "$work" ] ||
	{ echo "usage: kexec-boot.sh OBJCHECK WORKDIR [KERNEL...]" >&2; exit 2; }
shift 2
kernels=${*:-unpatched upstream no-ranges series no-enter-vmx-ops}
cross=powerpc64le-linux-gnu-
kcc=${KERNEL_CC:-powerpc64le-linux-gnu-gcc-12}
timeout=${KEXEC_TIMEOUT:-300}
gdb_port=${KEXEC_GDB_PORT:-12345}

say() { echo "kexec-boot: $*"; }
die() { echo "kexec-boot: FAIL: $*"; exit 1; }
need() { echo "kexec-boot: $*" >&2; exit 2; }

for k in $kernels; do
	case $k in
	unpatched|upstream|no-ranges|series|no-enter-vmx-ops) ;;
	*) need "unknown kernel '$k'" ;;
	esac
done
[ -x "$objcheck" ] || need "$objcheck: not built (make objcheck)"
command -v "$kcc" >/dev/null 2>&1 || need "$kcc not installed (make deps)"
command -v gdb-multiarch >/dev/null 2>&1 ||
	need "gdb-multiarch not installed (make deps: package gdb-multiarch)"

mkdir -p "$work" || exit 2
work=$(cd "$work" && pwd)
log=$work/kexec-boot.log
: > "$log"
start_all=$(date +%s)

# --- QEMU 10 ----------------------------------------------------------

if [ -n "${KEXEC_QEMU:-}" ]; then
	qemu=$KEXEC_QEMU
	qemu_fw=
else
	root=$("$here/debian-fetch.sh" bookworm-backports "$work" \
		qemu-system-ppc qemu-system-data libbrlapi0.8) ||
		need "cannot fetch qemu-system-ppc from bookworm-backports"
	qemu=$root/usr/bin/qemu-system-ppc64
	qemu_fw=$root/usr/share/qemu
	LD_LIBRARY_PATH=$root/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
	export LD_LIBRARY_PATH
fi
[ -x "$qemu" ] || need "$qemu: no QEMU (package qemu-system-ppc)"
missing=$(ldd "$qemu" 2>/dev/null | awk '/not found/ { print $1 }' | tr '\n' ' ')
[ -z "$missing" ] || need "QEMU needs libraries not installed: $missing(make deps)"
qver=$("$qemu" --version 2>/dev/null | sed -n 's/^QEMU emulator version \([0-9]*\)\..*/\1/p')
[ "${qver:-0}" -ge 10 ] ||
	need "$qemu is QEMU ${qver:-?}, not 10 or later: QEMU 7.2 does not fault on a real-mode access beyond RAM, so nothing would hang (package qemu-system-ppc from bookworm-backports)"
say "$("$qemu" --version | head -n 1)"

# --- the tree and /init -------------------------------------------------

# Always a fresh tree and fresh builds: objects of a tree patched by an
# earlier run would be newer than the sources unpacked again.
ksrc=$work/linux-6.1
boot_only=${KEXEC_BOOT_ONLY:-}
if [ -z "$boot_only" ]; then
	say "unpacking linux-source-6.1"
	rm -rf "$ksrc" "$work"/out-* "$work/kernels"
	mkdir -p "$ksrc" "$work/kernels"
	tar -C "$ksrc" --strip-components=1 -xJf /usr/src/linux-source-6.1.tar.xz ||
		need "cannot unpack /usr/src/linux-source-6.1.tar.xz (make deps)"
	"$kcc" -static -O2 -Wall -o "$work/init" "$kb/init.c" >>"$log" 2>&1 ||
		die "cannot build init.c (see $log)"
fi

kmake() {	# kmake OUT ARGS...
	out=$1
	shift
	make -C "$ksrc" O="$out" ARCH=powerpc CROSS_COMPILE=$cross CC="$kcc" \
		REALMODE_OBJCHECK="$objcheck" -j"$(nproc)" "$@"
}

configure() {	# configure OUT [CONFIG...]: small-config.sh's, and CONFIGs
	[ -z "$boot_only" ] || return 0
	out=$1
	shift
	# INIT_STACK_ALL_ZERO is GCC 12's default; the hang depends on it.
	KERNEL_CC=$kcc "$here/small-config.sh" "$ksrc" "$out" \
		INIT_STACK_ALL_ZERO "$@" >>"$log" 2>&1 ||
		die "configuring $out failed ($(tail -n 1 "$log"))"
}

patch_in() {	# patch_in [-R] NNNN: a patch of the series
	[ -z "$boot_only" ] || return 0
	rev=
	[ "$1" = -R ] && { rev=-R; shift; }
	p=$(ls "$series_dir/$1"-*.patch) || die "no patch $1"
	(cd "$ksrc" && patch -p1 $rev -s -f --dry-run < "$p" >>"$log" 2>&1 &&
	 patch -p1 $rev -s -f < "$p" >>"$log" 2>&1) ||
		die "$(basename "$p") does not ${rev:+un}apply (see $log)"
}

# The upstream fix: enter_vmx_ops() __no_sanitize_address, nothing else.
vmx=$ksrc/arch/powerpc/lib/vmx-helper.c
upstream_fix() {
	[ -z "$boot_only" ] || return 0
	cp "$vmx" "$work/vmx-helper.c.orig"
	sed -i 's/^int enter_vmx_ops(void)$/int __no_sanitize_address enter_vmx_ops(void)/' "$vmx"
	grep -q '__no_sanitize_address enter_vmx_ops' "$vmx" ||
		die "the upstream fix does not apply to vmx-helper.c"
}
upstream_unfix() {
	[ -z "$boot_only" ] || return 0
	cp "$work/vmx-helper.c.orig" "$vmx"
}

# --- one kernel ---------------------------------------------------------

built=
build() {	# build NAME OUT: vmlinux and the two initramfs images
	name=$1 out=$2
	if [ -n "$boot_only" ]; then
		[ -f "$work/kernels/$name/initrd1.cpio" ] ||
			die "$name: not built yet (run without KEXEC_BOOT_ONLY)"
		return
	fi
	t0=$(date +%s)
	kmake "$out" vmlinux > "$work/build-$name.log" 2>&1 ||
		{ tail -n 20 "$work/build-$name.log"; die "$name: build failed (see $work/build-$name.log)"; }
	if grep -E '(error|warning):' "$work/build-$name.log" | grep -q realmode; then
		grep -E '(error|warning):' "$work/build-$name.log" | head -n 10
		die "$name: the plugin complained"
	fi
	d=$work/kernels/$name
	mkdir -p "$d"
	cp "$out/vmlinux" "$d/vmlinux"
	${cross}nm -n "$d/vmlinux" > "$d/nm.txt"
	${cross}strip -o "$d/vmlinux.strip" "$d/vmlinux" || die "strip"
	printf '%s\n' "dir /dev 0755 0 0" "nod /dev/console 0600 0 0 c 5 1" \
		"file /init $work/init 0755 0 0" > "$d/initrd2.list"
	"$out/usr/gen_init_cpio" "$d/initrd2.list" > "$d/initrd2.cpio" ||
		die "gen_init_cpio"
	cat "$d/initrd2.list" - > "$d/initrd1.list" <<EOF
dir /kexec 0755 0 0
file /kexec/vmlinux $d/vmlinux.strip 0644 0 0
file /kexec/initrd $d/initrd2.cpio 0644 0 0
EOF
	"$out/usr/gen_init_cpio" "$d/initrd1.list" > "$d/initrd1.cpio" ||
		die "gen_init_cpio"
	built="$built $name:$(( $(date +%s) - t0 ))"
	say "$name: built in $(( $(date +%s) - t0 )) s"
}

build_time() {	# build_time NAME
	for b in $built; do
		[ "${b%%:*}" = "$1" ] && { echo "${b#*:}"; return; }
	done
	echo "-"
}

# boot NAME: sets outcome, fault, boot_s
boot() {
	name=$1 d=$work/kernels/$1
	con=$work/boot-$name.console gdbout=$work/boot-$name.gdb
	sed "s/KEXEC_GDB_PORT/$gdb_port/" "$kb/mce.gdb" > "$work/mce.gdb"
	t0=$(date +%s)
	"$qemu" -M pseries -cpu power9 -m 2G -smp 1 -nographic -vga none \
		-no-reboot -audio none ${qemu_fw:+-L "$qemu_fw"} \
		-kernel "$d/vmlinux.strip" -initrd "$d/initrd1.cpio" \
		-append "console=hvc0" -gdb "tcp:127.0.0.1:$gdb_port" -S \
		> "$con" 2>&1 < /dev/null &
	qpid=$!
	sleep 1
	timeout "$timeout" gdb-multiarch -q -batch -x "$work/mce.gdb" \
		> "$gdbout" 2>&1 < /dev/null
	kill "$qpid" 2>/dev/null
	wait "$qpid" 2>/dev/null
	boot_s=$(( $(date +%s) - t0 ))
	fault=
	if grep -q '^realmode-kexec: second kernel up' "$con"; then
		outcome=up
	elif grep -q '^MCE SRR0' "$gdbout"; then
		outcome=hang
		fault=$(awk -f "$kb/symbolize.awk" "$d/nm.txt" "$gdbout" | head -n 1)
	elif grep -q 'kexec: Starting switchover sequence' "$con"; then
		outcome=hang
		fault="(no machine check within ${timeout} s)"
	elif grep -q '^realmode-kexec: ' "$con"; then
		outcome="no kexec"
	else
		outcome="no boot"
	fi
}

table=$work/kexec-boot.table
: > "$table"
status=0

run() {	# run NAME EXPECTED-OUTCOME FAULT-PATTERN WHAT
	name=$1 want=$2 pattern=$3
	boot "$name"
	verdict=ok
	if [ "$outcome" != "$want" ]; then
		verdict="FAIL (expected $want)"
	elif [ -n "$pattern" ] && ! echo "$fault" | grep -Eq "$pattern"; then
		verdict="FAIL (expected a fault in $pattern)"
	fi
	[ "$verdict" = ok ] || status=1
	say "$name: $outcome${fault:+, first fault $fault}: $verdict"
	short=$(echo "${fault:--}" | awk -F ' <- ' '{
		n = NF > 3 ? 3 : NF
		s = $1
		for (i = 2; i <= n; i++)
			s = s " <- " $i
		print s
	}')
	printf '%-17s %-8s %-54s %6s %5s  %s\n' "$name" "$outcome" \
		"$short" "$(build_time "$name")" "$boot_s" "$verdict" >> "$table"
}

wanted() {
	for k in $kernels; do
		[ "$k" = "$1" ] && return 0
	done
	return 1
}

memset_fault='(^|<- )memset <- kexec_copy_flush( |$)'
vmx_fault='(^|<- )enter_vmx_ops( |$)'

plain=$work/out-plain
plugin=$work/out-plugin
if wanted unpatched || wanted upstream || wanted no-ranges; then
	configure "$plain"
fi
if wanted unpatched; then
	build unpatched "$plain"
	run unpatched hang "$memset_fault"
fi
if wanted upstream; then
	upstream_fix
	build upstream "$plain"
	upstream_unfix
	run upstream hang "$memset_fault"
fi
for p in 0001 0002 0004 0005 0006 0007; do
	patch_in "$p"
done
if wanted no-ranges; then
	build no-ranges "$plain"
	run no-ranges hang "$memset_fault"
fi
patch_in 0003
if wanted series || wanted no-enter-vmx-ops; then
	configure "$plugin" GCC_PLUGINS GCC_PLUGIN_REALMODE \
		GCC_PLUGIN_REALMODE_OBJCHECK
fi
if wanted series; then
	build series "$plugin"
	[ -n "$boot_only" ] || grep -q 'fplugin=.*realmode_plugin.so' \
		"$plugin/arch/powerpc/kexec/.core_64.o.cmd" ||
		die "series: core_64.o was built without the plugin"
	run series up ''
fi
if wanted no-enter-vmx-ops; then
	patch_in -R 0004
	if [ -z "$boot_only" ]; then
		"$ksrc/scripts/config" --file "$plugin/.config" \
			-d GCC_PLUGIN_REALMODE_OBJCHECK
		kmake "$plugin" olddefconfig >>"$log" 2>&1 || die "olddefconfig"
	fi
	build no-enter-vmx-ops "$plugin"
	run no-enter-vmx-ops hang "$vmx_fault"
fi

echo
printf '%-17s %-8s %-54s %6s %5s  %s\n' kernel outcome \
	"first machine check (function <- callers)" "build" "boot" verdict
cat "$table"
say "$(( $(date +%s) - start_all )) s in all; logs in $work"
exit $status
