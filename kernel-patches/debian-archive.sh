#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The main Debian archive the machine's own apt sources name (deb822 or
# one-line), for fetching another suite's packages from the same place.
#
#   kernel-patches/debian-archive.sh
#
# Exit 0 with the URI on stdout; 1 (and why on stderr) when there is none.

uri=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/*.sources \
	2>/dev/null)
[ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 !~ /security/ { print $2; exit }' \
	/etc/apt/sources.list 2>/dev/null)
[ -n "$uri" ] ||
	{ echo "no Debian archive in /etc/apt's sources" >&2; exit 1; }
echo "$uri"
