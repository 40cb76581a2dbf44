#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make bench: what the plugin and the checker cost, as one table.
# A benchmark, not a test: it prints numbers and the targets beside them,
# and fails only when something cannot run.
#
#   testsuite/bench.sh OUTDIR [ROUNDS]
#
# Rows:
#  - compile time of three Linux 6.1 files with the kernel's own command
#    lines (from the .cmd files of the ppc64le KASAN outline tree that
#    "make kernel-check" leaves in build/kernel/out-outline), with the
#    realmode plugin and without it (its -fplugin and -DREALMODE_PLUGIN
#    taken out), runs alternated, the median of the per-round ratios of
#    CPU time (user + sys) over ROUNDS rounds (default 5): the files have
#    no realmode function, target <= 1.01;
#  - the same for a csmith program whose every function is realmode (its
#    calls to csmith's runtime allowed through allow-file), gcc-12 with
#    outline KASAN, KCOV and -pg: target <= 1.05;
#  - realmode-objcheck against readelf -rW on a 20,000-function object
#    (objcheck/bench.sh): time ratio, target < 1, and peak memory against
#    the object's size, target < 2;
#  - the wall time of the last "make check" (build/testsuite/wall-time).

set -eu

out=${1:?usage: bench.sh OUTDIR [ROUNDS]}
rounds=${2:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
ktree=$top/build/kernel/out-outline
ksrc=$top/build/kernel/linux-source-6.1
mkdir -p "$out"
out=$(cd "$out" && pwd)
table=$out/table.txt
: > "$table"

row() {	# row WHAT VALUE TARGET VERDICT
	printf '%-46s %-22s %-10s %s\n' "$1" "$2" "$3" "$4" >> "$table"
}

# CPU seconds (user + sys) of one run of the command in file $1.
cpu() {
	/usr/bin/time -f '%U %S' -o "$out/t" sh "$1" > /dev/null 2>&1 ||
		{ echo "bench: failed: $(cat "$1")" >&2; exit 1; }
	awk '{ printf "%.3f\n", $1 + $2 }' "$out/t"
}

# Median of the per-round ratios with/without, runs alternated.
ratio() {	# ratio WITH_SCRIPT WITHOUT_SCRIPT
	i=0
	: > "$out/ratios"
	while [ $i -lt "$rounds" ]; do
		if [ $((i % 2)) -eq 0 ]; then
			a=$(cpu "$1"); b=$(cpu "$2")
		else
			b=$(cpu "$2"); a=$(cpu "$1")
		fi
		echo "$a $b" | awk '{ printf "%.4f\n", $1 / $2 }' >> "$out/ratios"
		i=$((i + 1))
	done
	sort -n "$out/ratios" | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.3f\n", m }'
}

verdict() {	# verdict VALUE OP LIMIT
	awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN {
		ok = (op == "<=") ? v <= l : v < l
		print ok ? "met" : "NOT met" }'
}

# --- the kernel's files ---------------------------------------------------

kernel_row() {	# kernel_row SRC (relative to the tree)
	src=$1
	obj=${src%.c}.o
	cmdf=$ktree/$(dirname "$obj")/.$(basename "$obj").cmd
	if [ ! -f "$cmdf" ]; then
		make -s -C "$ksrc" O="$ktree" ARCH=powerpc \
			CROSS_COMPILE=powerpc64le-linux-gnu- \
			CC=powerpc64le-linux-gnu-gcc-12 "$obj" >/dev/null 2>&1 ||
			{ row "$src" "cannot build" "<= 1.01" "-"; return; }
	fi
	# The command line, minus its dependency file, into a scratch object.
	line=$(sed -n 's/^savedcmd_[^ ]* := //p; s/^cmd_[^ ]* := //p' "$cmdf" |
		head -n 1 | sed 's/;.*//')
	line=$(echo "$line" | sed -e 's/-Wp,-MMD,[^ ]*//' \
		-e "s# -o [^ ]*# -o $out/k.o#")
	case $line in
	*realmode_plugin.so*) ;;
	*) row "$src" "no plugin in .cmd" "<= 1.01" "-"; return;;
	esac
	echo "cd $ktree && $line" > "$out/with.sh"
	echo "cd $ktree && $line" | sed -e 's/-fplugin=[^ ]*realmode_plugin.so//' \
		-e 's/-DREALMODE_PLUGIN//' > "$out/without.sh"
	r=$(ratio "$out/with.sh" "$out/without.sh")
	row "$src (ppc64le KASAN, kernel flags)" "$r" "<= 1.01" \
		"$(verdict "$r" "<=" 1.01)"
}

if [ -d "$ktree" ] && [ -d "$ksrc" ]; then
	for f in kernel/sched/core.c mm/page_alloc.c fs/namei.c; do
		echo "bench: $f, $rounds rounds..."
		kernel_row "$f"
	done
else
	row "kernel files" "skipped: no tree" "<= 1.01" \
		"run make kernel-check first"
fi

# --- every function realmode ----------------------------------------------

csmith_row() {
	plugin=$top/build/gcc-12/realmode.so
	[ -f "$plugin" ] || make -s -C "$top" plugin CC=gcc-12 \
		PLUGIN_SO=build/gcc-12/realmode.so
	src=$out/all-realmode.c
	# (csmith writes platform.info where it runs.)
	(cd "$out" && csmith --seed 12345 --no-packed-struct --max-funcs 60 \
		> csmith.c)
	# Every function definition and prototype realmode, main excepted.
	sed -E 's/^static (.* func_[0-9]+\()/static __attribute__((realmode)) \1/' \
		"$out/csmith.c" > "$src"
	n=$(grep -c '^static __attribute__((realmode)).*;$' "$src")
	# csmith's runtime (its headers' functions, the safe_* arithmetic
	# among them) is not realmode: allowed, with what GCC may call.
	{ grep -oh 'safe_[a-z_0-9]*' /usr/include/csmith/*.h | sort -u
	  printf '%s\n' crc32_gentab crc32_byte crc32_8bytes transparent_crc \
		transparent_crc_bytes platform_main_begin platform_main_end \
		printf memcpy memset; } > "$out/allow.txt"
	flags="-O2 -w -I/usr/include/csmith -fsanitize=kernel-address \
		--param asan-instrumentation-with-call-threshold=0 \
		-fsanitize-coverage=trace-pc -pg -c -o $out/c.o $src"
	echo "gcc-12 $flags -fplugin=$plugin \
		-fplugin-arg-realmode-allow-file=$out/allow.txt" > "$out/with.sh"
	echo "gcc-12 $flags" > "$out/without.sh"
	sh "$out/with.sh" > "$out/with.err" 2>&1 ||
		{ row "csmith, all $n functions realmode" "rejected (see $out/with.err)" \
		      "<= 1.05" "-"; return; }
	r=$(ratio "$out/with.sh" "$out/without.sh")
	row "csmith, all $n functions realmode (x86_64)" "$r" "<= 1.05" \
		"$(verdict "$r" "<=" 1.05)"
}

if command -v csmith >/dev/null 2>&1; then
	echo "bench: csmith program, every function realmode, $rounds rounds..."
	csmith_row
else
	row "csmith, every function realmode" "skipped: no csmith" "<= 1.05" "-"
fi

# --- the object checker ---------------------------------------------------

echo "bench: realmode-objcheck on 20,000 functions..."
"$top/objcheck/bench.sh" gcc-12 "$top/build/gcc-12/realmode.so" \
	"$top/build/realmode-objcheck" "$out/objcheck" > "$out/objcheck.txt"
t=$(sed -n 's/^time ratio objcheck\/readelf: \([0-9.]*\).*/\1/p' "$out/objcheck.txt")
m=$(sed -n 's/^memory ratio peak\/object size: \([0-9.]*\).*/\1/p' "$out/objcheck.txt")
row "realmode-objcheck / readelf -rW, wall time" "$t" "< 1" "$(verdict "$t" "<" 1)"
row "realmode-objcheck peak memory / object size" "$m" "< 2" "$(verdict "$m" "<" 2)"

# --- the testsuite --------------------------------------------------------

wt=$top/build/testsuite/wall-time
if [ -f "$wt" ]; then
	row "last make check, wall time" "$(cat "$wt") s" "-" "-"
else
	row "last make check, wall time" "not run yet" "-" "-"
fi

echo
printf '%-46s %-22s %-10s %s\n' "what" "ratio / value" "target" "verdict"
cat "$table"
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%d GiB", $2 / 1048576 }' /proc/meminfo),"\
	"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
