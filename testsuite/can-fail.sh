#!/bin/sh
# Prove that the stripping tests can fail.
#
#   testsuite/can-fail.sh --cc CC --cxx CXX --plugin PATH --outdir DIR
#
# Runs the suite for one compiler with -fplugin-arg-realmode-disable: the
# attribute is accepted and nothing is stripped.  Every stripping test
# (strip-* and merge-* in realmode.dg and realmode.torture)
# must then fail at least one of its scans; one that does not asserts
# nothing.
# Writes DIR/realmode.sum with one PASS or FAIL per stripping test, in the
# format testsuite/summary.sh reads.  Exits 0; 2 on bad usage.

set -u

usage() {
	sed -n '4p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

cc='' cxx='' plugin='' outdir=''
while [ $# -gt 0 ]; do
	case $1 in
	--cc) [ $# -ge 2 ] || usage; cc=$2; shift 2 ;;
	--cxx) [ $# -ge 2 ] || usage; cxx=$2; shift 2 ;;
	--plugin) [ $# -ge 2 ] || usage; plugin=$2; shift 2 ;;
	--outdir) [ $# -ge 2 ] || usage; outdir=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ -n "$cc" ] && [ -n "$plugin" ] && [ -n "$outdir" ] || usage

testsuite=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$outdir/disabled" || exit 2
outdir=$(cd "$outdir" && pwd)
"$testsuite/run.sh" --cc "$cc" --cxx "$cxx" --plugin "$plugin" \
	--outdir "$outdir/disabled" \
	--extra-flags -fplugin-arg-realmode-disable >/dev/null 2>&1
runsum=$outdir/disabled/realmode.sum

{
	echo "Compiler: can-fail($cc) (stripping tests with the plugin disabled)"
	cd "$testsuite" || exit 2
	for t in realmode.dg/strip-* realmode.dg/merge-* \
		 realmode.torture/strip-* realmode.torture/merge-*; do
		[ -f "$t" ] || continue
		if grep -q "^FAIL: $t .*scan-" "$runsum"; then
			echo "PASS: can-fail $t"
		elif grep -q "^\(PASS\|FAIL\|XFAIL\|XPASS\|UNRESOLVED\): $t " "$runsum"; then
			echo "FAIL: can-fail $t still passes with the plugin disabled"
		else
			echo "UNSUPPORTED: can-fail $t"
		fi
	done
	echo
	echo "		=== realmode Summary ==="
} > "$outdir/realmode.sum"
exit 0
