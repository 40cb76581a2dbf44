#!/bin/sh
# Summarise realmode testsuite runs.
#
#   testsuite/summary.sh DIR...
#
# Reads DIR/realmode.sum (and DIR/realmode.log) of each run made by
# testsuite/run.sh and prints one line per run,
#
#   gcc-12: 80 passed, 0 failed, 3 unsupported
#
# followed by the failing results of that run, indented, and at the very
# end one line with the totals over all runs:
#
#   N passed, N failed
#
# passed = PASS + XFAIL; failed = FAIL + XPASS + UNRESOLVED + ERROR lines
# + compiler crashes ("internal compiler error", or "confused by earlier
# errors, bailing out", in the .log) that the .sum
# does not already show as a FAIL + runs that left no complete .sum.
# Exits 1 if anything failed or if no test ran at all, 0 otherwise.

set -u

if [ $# -eq 0 ]; then
	echo "usage: summary.sh DIR..." >&2
	exit 2
fi

total_pass=0
total_fail=0
for dir in "$@"; do
	sum=$dir/realmode.sum
	log=$dir/realmode.log
	name=$(basename "$dir")
	if [ ! -f "$sum" ]; then
		echo "$name: 0 passed, 1 failed, 0 unsupported"
		echo "    ERROR: $sum missing: the run did not happen or did not finish"
		total_fail=$((total_fail + 1))
		continue
	fi
	cc=$(sed -n 's/^Compiler: \([^ ]*\) .*/\1/p' "$sum" | head -n 1)
	[ -n "$cc" ] && name=$cc

	# Compiler runs of the .log that crashed: each "realmode-exec:" ...
	# "realmode-exec-status:" block mentioning an ICE counts once.
	ices=0
	ice_cmds=
	if [ -f "$log" ]; then
		ice_cmds=$(awk '
			/^realmode-exec: / { inblock = 1; ice = 0; cmd = $0; next }
			/^realmode-exec-status: / {
				if (inblock && ice) print cmd
				inblock = 0; next
			}
			inblock && /[Ii]nternal compiler error|confused by earlier errors, bailing out/ { ice = 1 }
		' "$log")
		if [ -n "$ice_cmds" ]; then
			ices=$(printf '%s\n' "$ice_cmds" | wc -l)
		fi
	fi

	counts=$(awk -v ices="$ices" '
		/^PASS: / || /^XFAIL: / || /^KFAIL: / { pass++ }
		/^FAIL: / || /^XPASS: / || /^KPASS: / || /^UNRESOLVED: / || /^ERROR: / { fail++ }
		/^FAIL: .*\(internal compiler error\)$/ { icefail++ }
		/^UNSUPPORTED: / || /^UNTESTED: / { unsup++ }
		/=== realmode Summary ===/ { complete = 1 }
		END {
			extra = ices - icefail
			if (extra < 0) extra = 0
			print pass + 0, fail + extra + (complete ? 0 : 1), unsup + 0, extra, complete + 0
		}
	' "$sum")
	read -r pass fail unsup extra complete <<-EOF
	$counts
	EOF

	echo "$name: $pass passed, $fail failed, $unsup unsupported"
	grep -E '^(FAIL|XPASS|KPASS|UNRESOLVED|ERROR): ' "$sum" | head -n 100 |
		sed 's/^/    /'
	if [ "$complete" -eq 0 ]; then
		echo "    ERROR: $sum is incomplete: runtest did not finish"
	fi
	if [ "$ices" -gt 0 ]; then
		printf '%s\n' "$ice_cmds" | sed 's/^realmode-exec: /    ICE: /'
		if [ "$extra" -gt 0 ]; then
			echo "    ERROR: $extra compiler crash(es) not reported as FAIL"
		fi
	fi
	total_pass=$((total_pass + pass))
	total_fail=$((total_fail + fail))
done

echo "$total_pass passed, $total_fail failed"
if [ "$total_fail" -gt 0 ] || [ $((total_pass + total_fail)) -eq 0 ]; then
	exit 1
fi
exit 0
