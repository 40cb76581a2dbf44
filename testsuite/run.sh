#!/bin/sh
# Run the realmode testsuite once, for one compiler.
#
#   testsuite/run.sh --cc CC --cxx CXX --plugin PATH --outdir DIR
#                    [--extra-flags "FLAGS"] [--objcheck PATH]
#                    [--objcheck-asan PATH] [--other-plugin PATH]
#                    [-- RUNTEST-ARGS...]
#
# Runs "runtest --tool realmode" over every test directory of testsuite/
# (each */*.exp driver, see lib/realmode.exp), leaving DIR/realmode.sum,
# DIR/realmode.log and the compiler output of every test in DIR.  An
# empty --plugin compiles the tests without the plugin; an empty --cxx
# makes the C++ tests unsupported.  --objcheck names the
# realmode-objcheck the tests run (default: build/realmode-objcheck; a
# Debian 13 root has one of its own).  --objcheck-asan names the ASan/UBSan
# build of realmode-objcheck that the bad-input tests run against a
# second time (default: build/realmode-objcheck-asan, if built).
# --other-plugin names realmode.so built for the other GCC version, for
# the version-mismatch tests (UNSUPPORTED without it).
# RUNTEST-ARGS go to runtest, e.g.
# "-- realmode.dg/dg.exp=strip-*.c" runs only some tests of one directory.
#
# Exits 0 whether tests pass or fail (testsuite/summary.sh decides); 2 on
# bad usage or when runtest is missing.

set -u

usage() {
	sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

cc='' cxx='' plugin='' outdir='' extra='' asan='' other='' objcheck=''
have_cc='' have_outdir=''
while [ $# -gt 0 ]; do
	case $1 in
	--cc) [ $# -ge 2 ] || usage; cc=$2; have_cc=1; shift 2 ;;
	--cxx) [ $# -ge 2 ] || usage; cxx=$2; shift 2 ;;
	--plugin) [ $# -ge 2 ] || usage; plugin=$2; shift 2 ;;
	--outdir) [ $# -ge 2 ] || usage; outdir=$2; have_outdir=1; shift 2 ;;
	--extra-flags) [ $# -ge 2 ] || usage; extra=$2; shift 2 ;;
	--objcheck) [ $# -ge 2 ] || usage; objcheck=$2; shift 2 ;;
	--objcheck=*) objcheck=${1#*=}; shift ;;
	--objcheck-asan) [ $# -ge 2 ] || usage; asan=$2; shift 2 ;;
	--other-plugin) [ $# -ge 2 ] || usage; other=$2; shift 2 ;;
	--other-plugin=*) other=${1#*=}; shift ;;
	--cc=*) cc=${1#*=}; have_cc=1; shift ;;
	--cxx=*) cxx=${1#*=}; shift ;;
	--plugin=*) plugin=${1#*=}; shift ;;
	--outdir=*) outdir=${1#*=}; have_outdir=1; shift ;;
	--extra-flags=*) extra=${1#*=}; shift ;;
	--objcheck-asan=*) asan=${1#*=}; shift ;;
	--) shift; break ;;
	-h|--help) usage ;;
	*) echo "run.sh: unknown argument: $1" >&2; usage ;;
	esac
done
if [ -z "$have_cc" ] || [ -z "$cc" ] || [ -z "$have_outdir" ] || [ -z "$outdir" ]; then
	usage
fi

if ! command -v runtest >/dev/null 2>&1; then
	echo "run.sh: runtest not found (apt-get install dejagnu)" >&2
	exit 2
fi

testsuite=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$testsuite")

mkdir -p "$outdir" || exit 2
outdir=$(cd "$outdir" && pwd)

# Absolute paths, since runtest runs in $outdir.
case $plugin in
"" | /*) ;;
*) plugin=$(pwd)/$plugin ;;
esac
case $cc in
*/*) cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc") ;;
esac
case $cxx in
*/*) cxx=$(cd "$(dirname "$cxx")" && pwd)/$(basename "$cxx") ;;
esac
case $asan in
"" | /*) ;;
*) asan=$(pwd)/$asan ;;
esac
case $other in
"" | /*) ;;
*) other=$(pwd)/$other ;;
esac
case $objcheck in
"" | /*) ;;
*) objcheck=$(pwd)/$objcheck ;;
esac

# A stale .sum must not survive a run that dies early.
rm -f "$outdir/realmode.sum" "$outdir/realmode.log"

# A global config file stops runtest's warning about cross targets.
DEJAGNU=${DEJAGNU:-$testsuite/config/global.exp}
export DEJAGNU

# Set only when given, so that lib/objcheck.exp's defaults apply.
if [ -n "$asan" ]; then
	set -- "REALMODE_OBJCHECK_ASAN=$asan" "$@"
fi
if [ -n "$objcheck" ]; then
	set -- "REALMODE_OBJCHECK=$objcheck" "$@"
fi

cd "$outdir" || exit 2
runtest --tool realmode --srcdir "$testsuite" --outdir "$outdir" \
	"REALMODE_CC=$cc" "REALMODE_CXX=$cxx" "REALMODE_PLUGIN=$plugin" \
	"REALMODE_INCLUDE=$repo/plugin/include" \
	"REALMODE_EXTRA_FLAGS=$extra" "REALMODE_OTHER_PLUGIN=$other" "$@"
echo "run.sh: results in $outdir/realmode.sum"
exit 0
