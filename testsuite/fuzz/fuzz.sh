#!/bin/sh
# Differential fuzzing of the realmode plugin with csmith programs.
#
#   testsuite/fuzz/fuzz.sh [-n N] [-s SEED] [-o DIR] [--sum FILE]
#       [--compilers "CC..."] [--levels "-O0 -O2 -Os"] [--objcheck PATH]
#       [--plugin-dir DIR] [--csmith-opts "OPTS"] [--extra-flags "FLAGS"]
#       [--flavours "kernel gcov ubsan"] [--timeout SECONDS]
#
# N programs (default 200), csmith seeds SEED..SEED+N-1 (default 1).
# Program i gets the realmode attribute on some of its functions
# (mark.awk), in one of three variants chosen by its seed:
#
#   seed % 4 == 0  random:  a random third of the functions marked;
#                           csmith's safe_* arithmetic as functions
#   seed % 4 == 2  random,  safe_* as macros (-DUSE_MATH_MACROS)
#   seed odd       closed:  one or two functions and all they call,
#                           safe_* as macros, memcpy and memset allowed
#                           (and, one time in two, the library routines
#                           of libcalls.allow, with -allow-file)
#
# then, from inject.awk, statements csmith never writes (__int128
# division, long double arithmetic, a double to __int128 conversion,
# atomics, __builtin_popcountl: library calls on some targets) and
# sanctioned regions (realmode_unchecked_begin/end around statements of
# marked functions; realmode.h from plugin/include).  It is compiled
# with the plugin (DIR/<compiler>/realmode.so, default
# build/<compiler>/realmode.so) for each compiler (default gcc-12,
# powerpc64le-linux-gnu-gcc-12 and aarch64-linux-gnu-gcc-12, those
# installed) at each level, with one flavour of instrumentation chosen
# by seed and compiler:
#
#   kernel  the kernel's: KASAN, KCOV, ftrace (target_flags below)
#   gcov    -fprofile-arcs, one time in two -fprofile-update=atomic
#           (and -fdata-sections, so that relocations name the counters)
#   ubsan   -fsanitize=undefined or =signed-integer-overflow, one time
#           in two -fsanitize-undefined-trap-on-error
#
# (x86_64 always -mno-popcnt, aarch64 -moutline-atomics).  Oracles:
#
#   no internal compiler error, no compiler killed by a signal or hung;
#   accepted: realmode-objcheck finds nothing in the object, and objdump
#     -dr shows in no marked function an instrumentation reference (gcov
#     counters included) or a library routine that is neither allowed
#     nor in a region (scan.awk);
#   rejected: every error names a marked function and a call written on
#     its line, in it or in a function it calls, outside any region, or
#     one the compiler generated (check.awk); and, compiled again with
#     -fplugin-arg-realmode-warn (the same code, written out), no marked
#     function refers to instrumentation, every library routine it calls
#     outside a region and every call realmode-objcheck finds is one an
#     error names (scan.awk, cover.awk).
#
# First selftest.sh shows, with each compiler, that these oracles can
# fail.  Prints per configuration (compiler, level, flavour): programs,
# accepted, rejected, ICEs, crashes, disagreements; then the self-tests'
# count.  Failures are kept in DIR/fail/<compiler><level>-<flavour>-<seed>/
# (the programs, the command, the compiler's output, the verdict).
# Exits 1 on any ICE, crash, disagreement or failed self-test, 0
# otherwise; with --sum it also writes FILE, a DejaGnu-like .sum for
# testsuite/summary.sh (its run named $FUZZ_NAME, default csmith-fuzz),
# and exits 0 (the summary decides).  2 on bad
# usage.

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)

n=200 seed=1 outdir=$top/build/fuzz-csmith sum='' tmo=300
compilers='gcc-12 powerpc64le-linux-gnu-gcc-12 aarch64-linux-gnu-gcc-12'
levels='-O0 -O2 -Os'
flavours='kernel gcov ubsan'
objcheck=$top/build/realmode-objcheck
plugindir=$top/build
csmith_opts=''
extra=''

usage() {
	sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

while [ $# -gt 0 ]; do
	[ $# -ge 2 ] || usage
	case $1 in
	-n) n=$2 ;;
	-s) seed=$2 ;;
	-o) outdir=$2 ;;
	--sum) sum=$2 ;;
	--compilers) compilers=$2 ;;
	--levels) levels=$2 ;;
	--objcheck) objcheck=$2 ;;
	--plugin-dir) plugindir=$2 ;;
	--csmith-opts) csmith_opts=$2 ;;
	--timeout) tmo=$2 ;;
	--extra-flags) extra=$2 ;;
	--flavours) flavours=$2 ;;
	*) usage ;;
	esac
	shift 2
done
case $n$seed$tmo in *[!0-9]*|'') usage ;; esac

for t in csmith timeout "$objcheck"; do
	command -v "$t" >/dev/null 2>&1 || { echo "fuzz: $t not found" >&2; exit 2; }
done
csmith_inc=/usr/include/csmith
[ -f $csmith_inc/csmith.h ] || { echo "fuzz: $csmith_inc/csmith.h not found" >&2; exit 2; }
rm_inc=$top/plugin/include
# shellcheck disable=SC2086 # the flavours are words
set -- $flavours
nfl=$#
[ "$nfl" -gt 0 ] || usage
for fl in $flavours; do
	case $fl in kernel|gcov|ubsan) ;; *) usage ;; esac
done

rm -rf "$outdir/fail"
mkdir -p "$outdir/work" "$outdir/fail" || exit 2
outdir=$(cd "$outdir" && pwd)
work=$outdir/work
results=$outdir/results.txt
: > "$results"

# The configurations: compilers installed whose plugin is built.
cfgs=''
for cc in $compilers; do
	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "fuzz: $cc not installed, skipped"; continue
	fi
	if [ ! -f "$plugindir/$cc/realmode.so" ]; then
		echo "fuzz: $plugindir/$cc/realmode.so missing, $cc skipped"; continue
	fi
	cfgs="$cfgs $cc"
done
[ -n "$cfgs" ] || { echo "fuzz: no compiler to test" >&2; exit 2; }

# kernel_flags MACHINE DEFS: the instrumentation the kernel builds
# with, per target.
kernel_flags() {
	case $1 in
	powerpc64le-*)
		echo "-fsanitize=kernel-address -fasan-shadow-offset=0xa80e000000000000" \
			"--param asan-globals=1 --param asan-instrumentation-with-call-threshold=0" \
			"--param asan-instrument-allocas=1 --param asan-stack=0" \
			"-fsanitize-coverage=trace-pc -pg -mprofile-kernel" \
			"-ftrivial-auto-var-init=zero" ;;
	aarch64-*)
		# as realmode.dg/strip-all-kernel-flags-aarch64.c: Linux 6.1's
		# arm64 flags.  No floating point there (RMFZ_NOFP: inject.awk's
		# operands become integers), unless csmith's safe_* are
		# functions: safe_math.h defines float ones.
		case $2 in
		*USE_MATH_MACROS*) echo "-mgeneral-regs-only -DRMFZ_NOFP" ;;
		esac
		echo "-fno-PIE -mabi=lp64" \
			"-fno-asynchronous-unwind-tables -fno-unwind-tables" \
			"-mbranch-protection=pac-ret+leaf+bti" \
			"-fsanitize=kernel-address -fasan-shadow-offset=0xdfff800000000000" \
			"--param asan-globals=1 --param asan-instrumentation-with-call-threshold=10000" \
			"--param asan-stack=1 --param asan-instrument-allocas=1" \
			"-fsanitize-coverage=trace-pc,trace-cmp -fpatchable-function-entry=2" \
			"-ftrivial-auto-var-init=zero" ;;
	*)
		echo "-fsanitize=kernel-address --param asan-instrumentation-with-call-threshold=0" \
			"-fsanitize-coverage=trace-pc -pg -mfentry -mrecord-mcount" ;;
	esac
}

# flavour_flags FLAVOUR MACHINE SEED DEFS: the instrumentation, and what makes
# inject.awk's operations library calls (x86_64 popcount, aarch64
# atomics).
flavour_flags() {
	case $1 in
	kernel) kernel_flags "$2" "$4" ;;
	gcov)
		# -fdata-sections: each counter in a section of its own, which
		# the relocations name (scan.awk)
		case $(($3 / 3 % 2)) in
		0) echo "-fprofile-arcs -fdata-sections" ;;
		1) echo "-fprofile-arcs -fprofile-update=atomic -fdata-sections" ;;
		esac ;;
	ubsan)
		case $(($3 / 3 % 4)) in
		0) echo "-fsanitize=undefined" ;;
		1) echo "-fsanitize=undefined -fsanitize-undefined-trap-on-error" ;;
		2) echo "-fsanitize=signed-integer-overflow" ;;
		3) echo "-fsanitize=signed-integer-overflow -fsanitize-undefined-trap-on-error" ;;
		esac ;;
	esac
	case $2 in
	aarch64-*) echo "-moutline-atomics" ;;
	x86_64-*) echo "-mno-popcnt" ;;
	esac
}

# keep NAME WHY: save the failing program and what went wrong.
keep() {
	d=$outdir/fail/$1
	mkdir -p "$d"
	cp "$work/orig.c" "$d/csmith.c"
	cp "$work/marked.c" "$d/marked.c"
	cp "$work/prog.c" "$d/prog.c"
	cp "$work/marks.txt" "$work/index.txt" "$d/"
	cp "$work/err.txt" "$d/compiler-output.txt"
	printf '%s\n' "$cmd" > "$d/cmd.sh"
	printf '%s\n' "$2" > "$d/verdict.txt"
	[ -f "$work/why.txt" ] && cp "$work/why.txt" "$d/why.txt"
	[ -f "$work/warn.txt" ] && cp "$work/warn.txt" "$d/warn-output.txt"
	echo "fuzz: $1: $2 (kept in $d)"
}

# scan OBJ [ERRORS]: scan.awk over OBJ's code into why.txt.
scan() {
	{ "$objdump" -tr "$1"; "$objdump" -dr "$1"; } | awk -v marks="$work/marks.txt" \
		-v idx="$work/index.txt" -v allow="$allow_syms" -v errs="${2-}" \
		-f "$here/common.awk" -f "$here/scan.awk" > "$work/why.txt"
}

libcalls=$(grep -v '^#' "$here/libcalls.allow" | tr '\n' ':')

# First, that the oracles can fail (selftest.sh), with each compiler.
selftest=$outdir/selftest.txt
: > "$selftest"
for cc in $cfgs; do
	"$here/selftest.sh" "$cc" "$plugindir/$cc/realmode.so" "$objcheck" \
		"$outdir/selftest/$cc" >> "$selftest"
done
grep '^FAIL' "$selftest"

i=0
while [ "$i" -lt "$n" ]; do
	s=$((seed + i))
	i=$((i + 1))
	# shellcheck disable=SC2086 # csmith_opts are words
	# (in work/: csmith writes platform.info into the current directory)
	if ! (cd "$work" && timeout 120 csmith --seed "$s" $csmith_opts \
			-o orig.c) >/dev/null 2>&1; then
		echo "fuzz: csmith failed for seed $s, skipped"
		continue
	fi
	allow_opt=''
	case $((s % 4)) in
	0) mode=random defs='' allow_syms='' ;;
	2) mode=random defs=-DUSE_MATH_MACROS allow_syms='' ;;
	*) mode=closed defs=-DUSE_MATH_MACROS allow_syms=memcpy:memset
	   if [ $((s / 2 % 2)) -eq 1 ]; then
		allow_opt="-fplugin-arg-realmode-allow-file=$here/libcalls.allow"
		allow_syms=$allow_syms:$libcalls
	   fi ;;
	esac
	[ -n "$allow_syms" ] &&
		allow_opt="-fplugin-arg-realmode-allow=memcpy:memset $allow_opt"
	if ! awk -v seed="$s" -v mode=$mode -v marks="$work/marks.txt" \
			-f "$here/common.awk" -f "$here/mark.awk" \
			"$work/orig.c" "$work/orig.c" \
			> "$work/marked.c" ||
	   ! awk -v seed="$s" -v marks="$work/marks.txt" -f "$here/common.awk" \
			-f "$here/inject.awk" "$work/marked.c" > "$work/prog.c"; then
		echo "fuzz: could not mark seed $s, skipped"
		continue
	fi
	awk -f "$here/common.awk" -f "$here/index.awk" "$work/prog.c" \
		> "$work/index.txt"
	ci=0
	for cc in $cfgs; do
		ci=$((ci + 1))
		objdump=$(echo "$cc" | sed 's/gcc\(-[0-9][0-9]*\)\{0,1\}$/objdump/')
		mach=$("$cc" -dumpmachine)
		# the flavour: by seed and compiler, so each meets all of them
		# shellcheck disable=SC2086 # the flavours are words
		set -- $flavours
		shift $(((s + ci) % nfl))
		fl=$1
		flags=$(flavour_flags "$fl" "$mach" "$s" "$defs" | tr '\n' ' ')
		for lvl in $levels; do
			cfg="$cc$lvl-$fl"
			rm -f "$work/prog.o" "$work/prog-warn.o" "$work/why.txt" "$work/warn.txt"
			cmd="$cc $lvl $flags $defs -w -I$csmith_inc -I$rm_inc -fplugin=$plugindir/$cc/realmode.so $allow_opt $extra -c -o prog.o prog.c"
			# shellcheck disable=SC2086 # the command is words
			(cd "$work" && LC_ALL=C timeout "$tmo" nice $cmd) \
				> "$work/err.txt" 2>&1
			rc=$?
			if grep -q 'internal compiler error\|confused by earlier errors' "$work/err.txt"; then
				res=ice; keep "$cfg-$s" "internal compiler error"
			elif [ $rc -eq 124 ]; then
				res=crash; keep "$cfg-$s" "compiler hung (over ${tmo}s)"
			elif [ $rc -gt 128 ] || grep -q 'terminated by signal\|terminated program\|Killed signal' "$work/err.txt"; then
				res=crash; keep "$cfg-$s" "compiler crashed (status $rc)"
			elif [ $rc -eq 0 ]; then
				res=accepted
				if ! "$objcheck" "$work/prog.o" > "$work/why.txt" 2>&1; then
					res=disagree; keep "$cfg-$s" "accepted, but realmode-objcheck: $(head -n 1 "$work/why.txt")"
				elif ! scan "$work/prog.o"; then
					res=disagree; keep "$cfg-$s" "accepted, but in a realmode function: $(head -n 1 "$work/why.txt")"
				fi
			else
				res=rejected
				# shellcheck disable=SC2086 # the command is words
				if ! awk -v marks="$work/marks.txt" -v idx="$work/index.txt" \
						-v prog=prog.c -v allow="$allow_syms" \
						-f "$here/common.awk" -f "$here/check.awk" \
						"$work/err.txt" > "$work/why.txt"; then
					res=disagree; keep "$cfg-$s" "rejected wrongly: $(head -n 1 "$work/why.txt")"
				# the same code, written out: what the errors should name
				elif ! (cd "$work" && LC_ALL=C timeout "$tmo" nice $cmd \
						-fplugin-arg-realmode-warn -o prog-warn.o) \
						> "$work/warn.txt" 2>&1; then
					res=disagree; keep "$cfg-$s" "rejected, and with -fplugin-arg-realmode-warn still: $(head -n 1 "$work/warn.txt")"
				elif ! scan "$work/prog-warn.o" "$work/err.txt"; then
					res=disagree; keep "$cfg-$s" "rejected, but in a realmode function: $(head -n 1 "$work/why.txt")"
				elif ! "$objcheck" "$work/prog-warn.o" 2>&1 |
						awk -v errs="$work/err.txt" -f "$here/common.awk" \
						-f "$here/cover.awk" > "$work/why.txt"; then
					res=disagree; keep "$cfg-$s" "rejected, but no error for what realmode-objcheck finds: $(head -n 1 "$work/why.txt")"
				fi
			fi
			echo "$cfg $s $mode $res" >> "$results"
		done
	done
done

# One line per configuration, then the verdicts for the .sum.
# (in the order of the compilers, levels and flavours given)
report=$(awk -v cfgs="$cfgs" -v levels="$levels" -v flavours="$flavours" '
	{ prog[$1]++; r[$1, $4]++ }
	END {
		split(cfgs, cc, " "); split(levels, lv, " "); split(flavours, fl, " ")
		for (i = 1; i in cc; i++)
			for (j = 1; j in lv; j++)
				for (k = 1; k in fl; k++)
					if ((cc[i] lv[j] "-" fl[k]) in prog)
						order[++nc] = cc[i] lv[j] "-" fl[k]
		for (i = 1; i <= nc; i++) {
			c = order[i]
			printf "%s %d %d %d %d %d %d\n", c, prog[c], r[c, "accepted"],
				r[c, "rejected"], r[c, "ice"], r[c, "crash"], r[c, "disagree"]
		}
	}' "$results")

printf '%-43s %8s %8s %8s %5s %7s %13s\n' configuration programs accepted \
	rejected ICEs crashes disagreements
echo "$report" | while read -r c p a r ice cr d; do
	[ -n "$c" ] || continue
	printf '%-43s %8d %8d %8d %5d %7d %13d\n' "$c" "$p" "$a" "$r" "$ice" "$cr" "$d"
done
total_bad=$(echo "$report" | awk '{ b += $5 + $6 + $7 } END { print b + 0 }')
total_bad=$((total_bad + $(grep -c '^FAIL' "$selftest")))
echo "oracle self-tests: $(grep -c '^PASS' "$selftest") passed, $(grep -c '^FAIL' "$selftest") failed"

if [ -n "$sum" ]; then
	mkdir -p "$(dirname "$sum")"
	{
		echo "Compiler: ${FUZZ_NAME:-csmith-fuzz} ($n csmith programs from seed $seed, realmode marked; ${cfgs# } at $levels; $flavours)"
		echo "$report" | while read -r c p a r ice cr d; do
			[ -n "$c" ] || continue
			line="csmith $c: $p programs, $a accepted, $r rejected, $ice ICEs, $cr crashes, $d disagreements"
			if [ $((ice + cr + d)) -eq 0 ]; then
				echo "PASS: $line"
			else
				echo "FAIL: $line"
			fi
		done
		cat "$selftest"
		[ -s "$results" ] || echo "ERROR: ${FUZZ_NAME:-csmith-fuzz}: no program was compiled"
		for d in "$outdir"/fail/*/; do
			[ -f "$d/verdict.txt" ] || continue
			echo "FAIL: csmith $(basename "$d"): $(head -n 1 "$d/verdict.txt") ($d)"
		done
		echo
		echo "		=== realmode Summary ==="
	} > "$sum"
	exit 0
fi
[ -s "$results" ] || { echo "fuzz: no program was compiled" >&2; exit 1; }
[ "$total_bad" -eq 0 ]
