#!/bin/sh
# The kexec MMU-off copy, modelled: the plugin's compile-time error, the
# unpatched kernel's fault and the patched kernel's completed copy.
#
#   runtime/demo.sh --cc CC --plugin PLUGIN --out DIR
#
# DIR is a runtime build for CC (make -f runtime/runtime.mk rt-build).
# Programs of a cross compiler run under qemu-user.  Exits 0 when every
# outcome is the expected one (the unpatched fault is expected), 1 if
# not, 2 on bad usage.  `make demo` runs it for powerpc64le.

set -u

usage() {
	sed -n '5p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

cc='' plugin='' out=''
while [ $# -gt 0 ]; do
	case $1 in
	--cc) [ $# -ge 2 ] || usage; cc=$2; shift 2 ;;
	--plugin) [ $# -ge 2 ] || usage; plugin=$2; shift 2 ;;
	--out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ -n "$cc" ] && [ -n "$plugin" ] && [ -n "$out" ] || usage

rt=$(cd "$(dirname "$0")" && pwd)
machine=$($cc -dumpmachine) || exit 2
run=''
case $machine in
x86_64-*) ;;
*)	qemu=qemu-$(echo "${machine%%-*}" | sed 's/^powerpc/ppc/')
	run="$qemu -L /usr/$machine" ;;
esac

export LC_ALL=C
failed=0
n=0

# show TEXT: the one-line explanation of the next step.
show() {
	n=$((n + 1))
	echo
	echo "=== ($n) $1"
}

# verdict OK TEXT
verdict() {
	if [ "$1" -eq 1 ]; then
		echo "--> as expected: $2"
	else
		echo "--> NOT as expected: $2"
		failed=1
	fi
}

show "Compile time: the plugin rejects a realmode enter_vmx_ops() that calls enable_kernel_altivec() outside an MMU-on region."
echo "\$ $cc -fplugin=realmode.so -fsanitize=kernel-address ... -S enter-vmx-ops-no-region.c"
make --no-print-directory -s -C "$rt/.." -f "$rt/runtime.mk" rt-example \
	RT_CC="$cc" RT_PLUGIN="$plugin" RT_OUT="$out"
verdict $((! $?)) "compile error, call to 'enable_kernel_altivec' from realmode function 'enter_vmx_ops'"

# run_sim PROGRAM STATUS LINE-RE: run it, show its output, and say whether
# it ended with STATUS and printed a line matching LINE-RE.
run_sim() {
	echo "\$ $run $out/outline/$1"
	output=$($run "$out/outline/$1" 2>&1)
	status=$?
	printf '%s\n' "$output"
	echo "(exit status $status)"
	[ $status -eq "$2" ] && printf '%s\n' "$output" | grep -q "$3"
}

show "Unpatched ($machine): enter_vmx_ops() is KASAN-instrumented; with the MMU off its shadow access faults (the kernel hung here)."
run_sim kexec-sim-unpatched 3 \
	'bad_page_fault: KASAN shadow access with MMU off at enter_vmx_ops+'
verdict $((! $?)) "bad_page_fault in enter_vmx_ops, exit status 3"

show "Patched ($machine): enter_vmx_ops() is __realmode, built with the plugin; the same switchover completes and is verified."
run_sim kexec-sim 0 '^kexec: switchover complete: '
verdict $((! $?)) "switchover complete, exit status 0"

echo
if [ $failed -eq 0 ]; then
	echo "demo: all $n outcomes as expected"
else
	echo "demo: some outcomes were not as expected"
fi
exit $failed
