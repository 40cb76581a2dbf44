#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerate the plugin patch of the kernel series from plugin/.
#
#   kernel-patches/gen-plugin-patch.sh PATCH PLUGIN_DIR > NEW_PATCH
#
# PATCH is the committed "gcc-plugins: add the realmode plugin" patch.
# Its message and its hand-written hunks (Kconfig, Makefiles,
# <linux/realmode.h>) are kept as they are; every file under
# scripts/gcc-plugins/realmode/ is replaced by a new-file diff of the
# same name from PLUGIN_DIR (*.c, *.h, *.def), and the diffstat is
# recomputed.  The output depends on nothing but the two inputs, so a
# stale committed patch shows as a difference.

set -eu

patch=$1 plugin=$2
dest=scripts/gcc-plugins/realmode
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -f "$patch" ] || { echo "gen-plugin-patch: $patch: no such file" >&2; exit 2; }
[ -d "$plugin" ] || { echo "gen-plugin-patch: $plugin: not a directory" >&2; exit 2; }

# Split: the message up to "---", the hunks we keep, the signature.
: > "$tmp/tail"
awk -v head="$tmp/head" -v keep="$tmp/keep" -v tail="$tmp/tail" -v dest="$dest/" '
	state == 0 { print > head; if ($0 == "---") state = 1; next }
	state == 1 && /^diff --git / { state = 2 }
	state == 1 { next }
	/^-- $/ && state == 2 { state = 3 }
	state == 3 { print > tail; next }
	/^diff --git / { skip = index($3, "a/" dest) == 1 }
	!skip { print > keep }
' "$patch"
[ -s "$tmp/keep" ] || { echo "gen-plugin-patch: $patch: no hunks" >&2; exit 2; }

# One new-file diff per plugin source, in name order.
for f in $(cd "$plugin" && ls *.c *.h *.def | LC_ALL=C sort); do
	src=$plugin/$f
	if [ -n "$(tail -c 1 "$src")" ]; then
		echo "gen-plugin-patch: $src: no newline at the end" >&2
		exit 2
	fi
	n=$(wc -l < "$src")
	hash=$(git hash-object "$src" | cut -c1-12)
	printf 'diff --git a/%s b/%s\n' "$dest/$f" "$dest/$f"
	printf 'new file mode 100644\nindex 000000000000..%s\n' "$hash"
	printf -- '--- /dev/null\n+++ b/%s\n@@ -0,0 +1,%d @@\n' "$dest/$f" "$n"
	sed 's/^/+/' "$src"
done > "$tmp/plugin"
cat "$tmp/keep" "$tmp/plugin" > "$tmp/body"

cat "$tmp/head"
# (Outside any repository: inside one, git apply ignores other paths.)
(cd "$tmp" && git apply --stat --summary body)
echo
cat "$tmp/body"
cat "$tmp/tail"
