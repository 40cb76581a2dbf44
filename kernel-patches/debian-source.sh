#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The tarball of a Debian linux-source package, for a kernel target.
#
#   kernel-patches/debian-source.sh VERSION WORKDIR
#
# Prints the path of linux-source-VERSION.tar.xz.  Linux 6.1 is Debian
# 12's own package (make deps installs it into /usr/src).  Linux 6.12 is
# Debian 13's: debian-fetch.sh unpacks it under WORKDIR, and nothing of
# the machine's apt changes.
#
# Exit 0 with the path on stdout; 1 (and why on stderr) otherwise.

set -u

version=${1:-}
work=${2:-}
[ -n "$version" ] && [ -n "$work" ] ||
	{ echo "usage: debian-source.sh VERSION WORKDIR" >&2; exit 1; }

tarball=/usr/src/linux-source-$version.tar.xz
if [ -f "$tarball" ]; then
	echo "$tarball"
	exit 0
fi
case $version in
6.12) suite=trixie ;;
*) echo "debian-source: $tarball missing (apt-get install linux-source-$version)" >&2
   exit 1 ;;
esac

root=$("$(dirname "$0")/debian-fetch.sh" "$suite" "$work" \
	"linux-source-$version") || exit 1
tarball=$root/usr/src/linux-source-$version.tar.xz
[ -f "$tarball" ] ||
	{ echo "debian-source: the package holds no $(basename "$tarball")" >&2; exit 1; }
echo "$tarball"
