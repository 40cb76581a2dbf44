#!/bin/sh
# Benchmark realmode-objcheck (make bench): a generated object with
# N functions (half realmode, five calls each), -ffunction-sections,
# outline KASAN, built with the plugin.  Compares the checker's wall time
# with readelf -rW merely printing the same relocations, and its peak
# memory with the object's size.  Prints the numbers and the ratios; a
# benchmark, not a test: it exits 0 unless something fails to run.
#
#   objcheck/bench.sh CC PLUGIN OBJCHECK OUTDIR [N]

set -eu

cc=$1 plugin=$2 objcheck=$3 out=$4 n=${5:-20000}
mkdir -p "$out"
src=$out/bench-$n.c
obj=$out/bench-$n.o

# f<i> calls five functions of its own kind: realmode ones call realmode
# ones only, so the object is clean and every call is looked at.
awk -v n="$n" 'BEGIN {
	print "extern int sink;"
	for (i = 0; i < n; i++) {
		attr = (i % 2) ? "" : "__attribute__((realmode)) "
		printf "%sint f%d(int x);\n", attr, i
	}
	for (i = 0; i < n; i++) {
		attr = (i % 2) ? "" : "__attribute__((realmode)) "
		printf "%s__attribute__((noinline)) int f%d(int x)\n{\n", attr, i
		printf "\tif (x <= 0)\n\t\treturn sink;\n\treturn x"
		for (k = 1; k <= 5; k++)
			printf " + f%d(x - %d)", (i + 2 * k) % n, k
		printf ";\n}\n"
	}
}' > "$src"

if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
	echo "bench: compiling $n functions with $cc and the plugin..."
	$cc -O1 -c -ffunction-sections -fsanitize=kernel-address \
		--param asan-instrumentation-with-call-threshold=0 \
		-fplugin="$plugin" -o "$obj" "$src"
fi

measure() {	# prints "seconds maxrss_kib"
	/usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
	cat "$out/time.txt"
}

size=$(stat -c %s "$obj")
set -- $(measure "$objcheck" "$obj"); oc_s=$1 oc_kib=$2
set -- $(measure readelf -rW "$obj"); re_s=$1
"$objcheck" "$obj" >/dev/null 2>&1 && verdict=clean || verdict="not clean"

echo "object: $obj, $n functions, $((size / 1024)) KiB ($verdict)"
echo "realmode-objcheck: ${oc_s} s, peak ${oc_kib} KiB"
echo "readelf -rW:       ${re_s} s"
awk -v a="$oc_s" -v b="$re_s" -v m="$oc_kib" -v s="$size" 'BEGIN {
	printf "time ratio objcheck/readelf: %.2f (goal < 1)\n", (b > 0 ? a / b : 0)
	printf "memory ratio peak/object size: %.2f (goal < 2)\n", m * 1024 / s
}'
