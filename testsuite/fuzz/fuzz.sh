#!/bin/sh
# Differential fuzzing of the realmode plugin with csmith programs.
#
#   testsuite/fuzz/fuzz.sh [-n N] [-s SEED] [-o DIR] [--sum FILE]
#       [--compilers "CC..."] [--levels "-O0 -O2 -Os"] [--objcheck PATH]
#       [--plugin-dir DIR] [--csmith-opts "OPTS"] [--extra-flags "FLAGS"]
#       [--timeout SECONDS]
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
#
# and is compiled with the plugin (DIR/<compiler>/realmode.so, default
# build/<compiler>/realmode.so) for each compiler (default gcc-12 and
# powerpc64le-linux-gnu-gcc-12, those installed) at each level, with the
# kernel's instrumentation: outline KASAN, KCOV trace-pc, -pg (x86_64:
# -mfentry -mrecord-mcount; ppc64le: -mprofile-kernel and the kernel's
# KASAN parameters, -ftrivial-auto-var-init=zero).  Oracles:
#
#   no internal compiler error, no compiler killed by a signal or hung;
#   accepted: realmode-objcheck finds nothing in the object, and objdump
#     -dr shows no instrumentation call in a marked function (scan.awk);
#   rejected: every error names a marked function and a call written on
#     its line, in it or in a function it calls, or one the compiler
#     generated there (check.awk, over index.awk's account of the
#     program).
#
# Prints per configuration: programs, accepted, rejected, ICEs, crashes,
# disagreements.  Failures are kept in DIR/fail/<compiler><level>-<seed>/
# (the marked program, the command, the compiler's output, the verdict).
# Exits 1 on any ICE, crash or disagreement, 0 otherwise; with --sum it
# also writes FILE, a DejaGnu-like .sum for testsuite/summary.sh, and
# exits 0 (the summary decides).  2 on bad usage.

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)

n=200 seed=1 outdir=$top/build/fuzz-csmith sum='' tmo=300
compilers='gcc-12 powerpc64le-linux-gnu-gcc-12'
levels='-O0 -O2 -Os'
objcheck=$top/build/realmode-objcheck
plugindir=$top/build
csmith_opts=''
extra=''

usage() {
	sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//' >&2
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

# The instrumentation the kernel builds with, per target.
target_flags() {
	case $1 in
	powerpc64le-*)
		echo "-fsanitize=kernel-address -fasan-shadow-offset=0xa80e000000000000" \
			"--param asan-globals=1 --param asan-instrumentation-with-call-threshold=0" \
			"--param asan-instrument-allocas=1 --param asan-stack=0" \
			"-fsanitize-coverage=trace-pc -pg -mprofile-kernel" \
			"-ftrivial-auto-var-init=zero" ;;
	*)
		echo "-fsanitize=kernel-address --param asan-instrumentation-with-call-threshold=0" \
			"-fsanitize-coverage=trace-pc -pg -mfentry -mrecord-mcount" ;;
	esac
}

# keep NAME WHY: save the failing program and what went wrong.
keep() {
	d=$outdir/fail/$1
	mkdir -p "$d"
	cp "$work/orig.c" "$d/csmith.c"
	cp "$work/prog.c" "$d/prog.c"
	cp "$work/marks.txt" "$work/index.txt" "$d/"
	cp "$work/err.txt" "$d/compiler-output.txt"
	printf '%s\n' "$cmd" > "$d/cmd.sh"
	printf '%s\n' "$2" > "$d/verdict.txt"
	[ -f "$work/why.txt" ] && cp "$work/why.txt" "$d/why.txt"
	echo "fuzz: $1: $2 (kept in $d)"
}

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
	case $((s % 4)) in
	0) mode=random defs='' allow='' ;;
	2) mode=random defs=-DUSE_MATH_MACROS allow='' ;;
	*) mode=closed defs=-DUSE_MATH_MACROS allow=-fplugin-arg-realmode-allow=memcpy:memset ;;
	esac
	if ! awk -v seed="$s" -v mode=$mode -v marks="$work/marks.txt" \
			-f "$here/common.awk" -f "$here/mark.awk" \
			"$work/orig.c" "$work/orig.c" > "$work/prog.c"; then
		echo "fuzz: could not mark seed $s, skipped"
		continue
	fi
	awk -f "$here/common.awk" -f "$here/index.awk" "$work/prog.c" \
		> "$work/index.txt"
	for cc in $cfgs; do
		objdump=$(echo "$cc" | sed 's/gcc\(-[0-9][0-9]*\)\{0,1\}$/objdump/')
		flags=$(target_flags "$cc")
		for lvl in $levels; do
			cfg="$cc$lvl"
			rm -f "$work/prog.o" "$work/why.txt"
			cmd="$cc $lvl $flags $defs -w -I$csmith_inc -fplugin=$plugindir/$cc/realmode.so $allow $extra -c -o prog.o prog.c"
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
				elif ! "$objdump" -dr "$work/prog.o" |
						awk -v marks="$work/marks.txt" -f "$here/scan.awk" > "$work/why.txt"; then
					res=disagree; keep "$cfg-$s" "accepted, but instrumentation in a realmode function: $(head -n 1 "$work/why.txt")"
				fi
			else
				res=rejected
				if ! awk -v marks="$work/marks.txt" -v idx="$work/index.txt" \
						-v prog=prog.c -v allow="${allow#*=}" \
						-f "$here/common.awk" -f "$here/check.awk" \
						"$work/err.txt" > "$work/why.txt"; then
					res=disagree; keep "$cfg-$s" "rejected wrongly: $(head -n 1 "$work/why.txt")"
				fi
			fi
			echo "$cfg $s $mode $res" >> "$results"
		done
	done
done

# One line per configuration, then the verdicts for the .sum.
report=$(awk '
	{ cfg = $1; if (!(cfg in seen)) { seen[cfg] = 1; order[++nc] = cfg }
	  prog[cfg]++; r[cfg, $4]++ }
	END {
		for (i = 1; i <= nc; i++) {
			c = order[i]
			printf "%s %d %d %d %d %d %d\n", c, prog[c], r[c, "accepted"],
				r[c, "rejected"], r[c, "ice"], r[c, "crash"], r[c, "disagree"]
		}
	}' "$results")

printf '%-36s %8s %8s %8s %5s %7s %13s\n' configuration programs accepted \
	rejected ICEs crashes disagreements
echo "$report" | while read -r c p a r ice cr d; do
	[ -n "$c" ] || continue
	printf '%-36s %8d %8d %8d %5d %7d %13d\n' "$c" "$p" "$a" "$r" "$ice" "$cr" "$d"
done
total_bad=$(echo "$report" | awk '{ b += $5 + $6 + $7 } END { print b + 0 }')

if [ -n "$sum" ]; then
	mkdir -p "$(dirname "$sum")"
	{
		echo "Compiler: csmith-fuzz ($n csmith programs from seed $seed, realmode marked; ${cfgs# } at $levels)"
		echo "$report" | while read -r c p a r ice cr d; do
			[ -n "$c" ] || continue
			line="csmith $c: $p programs, $a accepted, $r rejected, $ice ICEs, $cr crashes, $d disagreements"
			if [ $((ice + cr + d)) -eq 0 ]; then
				echo "PASS: $line"
			else
				echo "FAIL: $line"
			fi
		done
		[ -s "$results" ] || echo "ERROR: csmith-fuzz: no program was compiled"
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
