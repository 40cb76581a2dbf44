#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Debian packages of another suite, unpacked under a work directory.
#
#   kernel-patches/debian-fetch.sh SUITE WORKDIR PACKAGE...
#
# Downloads each PACKAGE of SUITE (trixie, bookworm-backports) with apt
# and unpacks it (dpkg-deb -x) into WORKDIR/apt-SUITE/root, with a
# sources list, package lists and cache of its own under WORKDIR: the
# machine's apt configuration and installed packages stay as they are.
# The archive is the one the machine's own Debian sources name.  A
# package already unpacked there is not fetched again.
#
# Prints the root on stdout.  Exit 0; 1 (and why on stderr) otherwise.

set -u

suite=${1:-}
work=${2:-}
[ -n "$suite" ] && [ -n "$work" ] && [ $# -ge 3 ] ||
	{ echo "usage: debian-fetch.sh SUITE WORKDIR PACKAGE..." >&2; exit 1; }
shift 2

apt=$work/apt-$suite
root=$apt/root
mkdir -p "$apt/etc" "$apt/lists/partial" "$apt/archives/partial" \
	"$root" || exit 1
apt=$(cd "$apt" && pwd)
root=$apt/root

missing=
for p in "$@"; do
	[ -f "$apt/$p.unpacked" ] || missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "$root"
	exit 0
fi

uri=$("$(dirname "$0")/debian-archive.sh") || exit 1

cat > "$apt/etc/$suite.sources" <<EOF
Types: deb
URIs: $uri
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
set -- -q -o Dir::Etc::SourceList=/dev/null \
	-o Dir::Etc::SourceParts="$apt/etc" -o Dir::State::Lists="$apt/lists" \
	-o Dir::Cache::Archives="$apt/archives" -o Dir::State::status=/dev/null
echo "debian-fetch: fetching$missing from Debian $suite" >&2
apt-get "$@" update >"$apt/apt.log" 2>&1 ||
	{ echo "debian-fetch: apt-get update for $suite failed (see $apt/apt.log)" >&2; exit 1; }
for p in $missing; do
	rm -f "$apt/$p"_*.deb
	(cd "$apt" && apt-get "$@" download "$p") >>"$apt/apt.log" 2>&1 ||
		{ echo "debian-fetch: cannot download $p from $suite (see $apt/apt.log)" >&2; exit 1; }
	dpkg-deb -x "$apt/$p"_*.deb "$root" ||
		{ echo "debian-fetch: cannot unpack $p" >&2; exit 1; }
	rm -f "$apt/$p"_*.deb
	touch "$apt/$p.unpacked"
done
echo "$root"
