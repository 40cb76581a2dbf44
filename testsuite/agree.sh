#!/bin/sh
# The plugin and realmode-objcheck must agree.
#
#   testsuite/agree.sh --cc CC --plugin PATH --objcheck PATH --outdir DIR
#
# Compiles every compile test of realmode.dg/ and realmode.torture/ with
# the plugin and the test's dg-options (to an object, -c); every object
# the plugin accepts must be clean for realmode-objcheck, which reads the
# plugin's .discard.realmode.* records.  Tests the plugin rejects, or that
# need options of another target, are skipped.  Writes DIR/realmode.sum
# with one PASS or FAIL per accepted object, in the format
# testsuite/summary.sh reads.  Exits 0; 2 on bad usage.

set -u

usage() {
	sed -n '4p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

cc='' plugin='' objcheck='' outdir=''
while [ $# -gt 0 ]; do
	case $1 in
	--cc) [ $# -ge 2 ] || usage; cc=$2; shift 2 ;;
	--plugin) [ $# -ge 2 ] || usage; plugin=$2; shift 2 ;;
	--objcheck) [ $# -ge 2 ] || usage; objcheck=$2; shift 2 ;;
	--outdir) [ $# -ge 2 ] || usage; outdir=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ -n "$cc" ] && [ -n "$plugin" ] && [ -n "$objcheck" ] && [ -n "$outdir" ] ||
	usage

testsuite=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$outdir/obj" || exit 2
outdir=$(cd "$outdir" && pwd)

{
	echo "Compiler: agree($cc) (objects the plugin accepts are clean for realmode-objcheck)"
	cd "$testsuite" || exit 2
	for t in realmode.dg/*.c realmode.torture/*.c; do
		grep -q 'dg-do run\|dg-realmode-no-plugin' "$t" && continue
		opts=$(sed -n 's/.*dg-options "\([^"]*\)".*/\1/p' "$t" | head -n 1)
		opts=$(printf '%s' "${opts:--O2}" | sed "s|\\\$srcdir|$testsuite|g")
		obj=$outdir/obj/$(echo "$t" | tr / _).o
		# shellcheck disable=SC2086 # the options are words
		$cc $opts -w -c -o "$obj" -I"$testsuite/../plugin/include" \
			-fplugin="$plugin" "$t" >/dev/null 2>&1 || continue
		if "$objcheck" "$obj" >"$obj.txt" 2>&1; then
			echo "PASS: agree $t"
		else
			echo "FAIL: agree $t: $(head -n 1 "$obj.txt")"
		fi
	done
	echo
	echo "		=== realmode Summary ==="
} > "$outdir/realmode.sum"
exit 0
