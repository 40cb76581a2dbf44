#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# objtool-parity.sh: compare realmode-objcheck's noinstr check with the
# kernel's own objtool on the same x86_64 objects.
#
#   kernel-patches/objtool-parity.sh OBJTOOL OBJCHECK OBJECT...
#
# Runs "OBJTOOL --noinstr --link OBJECT" and "OBJCHECK --noinstr-section
# .noinstr.text --noinstr-section .entry.text --noinstr-section
# .text..__x86.* OBJECT" (the sections objtool of Linux 6.1 counts as
# noinstr) on each OBJECT, and turns both reports into places: where the
# call or return is, as objtool names it ("func+0x1f", ".entry.text+0x40",
# ".altinstr_replacement+0x12"), and what it is (call, return).  Prints
# one line per object with both counts, then every place only one of
# them reported.
#
# Exit 0 when both report the same places on every object, 1 when they
# differ, 2 on bad usage or when a tool fails.

if [ $# -lt 3 ]; then
	echo "usage: objtool-parity.sh OBJTOOL OBJCHECK OBJECT..." >&2
	exit 2
fi
objtool=$1
objcheck=$2
shift 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# objtool: "F: warning: objtool: WHERE: call to X() leaves .noinstr.text
# section", "...: WHERE: return with instrumentation enabled".
objtool_places() {
	sed -n -e 's/^[^ ]*: warning: objtool: \([^ ]*\): call to .* leaves \.noinstr\.text section$/\1 call/p' \
	       -e 's/^[^ ]*: warning: objtool: \([^ ]*\): return with instrumentation enabled$/\1 return/p'
}

# realmode-objcheck: "F: error: realmode: WHERE: MESSAGE", WHERE being
# "func()+0x1f" or ".sec+0x40"; code patched in at boot is named where
# it is patched in, and after ", in code patched in at boot from" where
# it is in its own section, which is the place objtool names.
objcheck_places() {
	awk '/: error: realmode: / {
		sub(/^.*: error: realmode: /, "")
		where = $1
		sub(/:$/, "", where)
		sub(/\(\)/, "", where)
		kind = / return with instrumentation enabled/ ? "return" : "call"
		from = ", in code patched in at boot from "
		if (match($0, from "[^ ]*$"))
			where = substr($0, RSTART + length(from))
		print where, kind
	}'
}

status=0
for obj in "$@"; do
	[ -f "$obj" ] || { echo "objtool-parity: $obj: no such file" >&2; exit 2; }
	name=$(basename "$obj")
	"$objtool" --noinstr --link "$obj" > "$tmp/objtool.out" 2>&1
	rc=$?
	# objtool 6.1 returns 0 even with warnings; anything else is a failure
	# to read the object.
	if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
		cat "$tmp/objtool.out" >&2
		echo "objtool-parity: objtool failed on $obj (exit $rc)" >&2
		exit 2
	fi
	"$objcheck" --noinstr-section .noinstr.text \
		--noinstr-section .entry.text \
		--noinstr-section .text..__x86.indirect_thunk \
		--noinstr-section .text..__x86.return_thunk \
		--noinstr-section .text..__x86.rethunk_safe \
		--noinstr-section .text..__x86.rethunk_untrain \
		"$obj" > "$tmp/objcheck.out" 2>&1
	rc=$?
	if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
		cat "$tmp/objcheck.out" >&2
		echo "objtool-parity: realmode-objcheck failed on $obj (exit $rc)" >&2
		exit 2
	fi
	objtool_places < "$tmp/objtool.out" | sort -u > "$tmp/a"
	objcheck_places < "$tmp/objcheck.out" | sort -u > "$tmp/b"
	echo "$name: objtool $(wc -l < "$tmp/a"), realmode-objcheck $(wc -l < "$tmp/b")"
	comm -23 "$tmp/a" "$tmp/b" | sed "s|^|  only objtool: $name: |"
	comm -13 "$tmp/a" "$tmp/b" | sed "s|^|  only realmode-objcheck: $name: |"
	cmp -s "$tmp/a" "$tmp/b" || status=1
done
exit $status
