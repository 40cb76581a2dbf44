#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A Debian 13 (trixie) root under build/, for GCC 13 and 14 on a Debian 12
# machine: trixie's libc must not go into the host, so its compilers run
# in a root of their own.
#
#   testsuite/debian13.sh create ROOT PACKAGE...
#       make ROOT with debootstrap (minbase) if it is not there, then
#       install the PACKAGEs it lacks with the root's own apt
#   testsuite/debian13.sh run ROOT COMMAND [ARG...]
#       run COMMAND in ROOT, in the current directory, which is bound
#       at the same path inside
#   testsuite/debian13.sh has ROOT PROGRAM
#       exit 0 if ROOT has PROGRAM on its PATH
#
# Mounts (proc, dev, the current directory) live in a mount namespace of
# their own (unshare), so they are gone when the command ends, however it
# ends: nothing outside ROOT is changed.  The archive is the one the
# machine's own Debian sources name.  Needs root (debootstrap, chroot).
#
# Exit: COMMAND's status for run; 0 or 1 for has; for create 0, or 1 and
# why on stderr.

set -u

usage()
{
	echo "usage: debian13.sh create ROOT PACKAGE... |" \
		"run ROOT COMMAND [ARG...] | has ROOT PROGRAM" >&2
	exit 1
}

[ $# -ge 2 ] || usage
verb=$1
root=$2
shift 2

# The root's PATH, and a clean environment: the host's variables (LANG,
# a ccache, a pyenv) mean nothing in there.
in_root()
{
	dir=$1
	shift
	unshare --mount --propagation private -- sh -c '
		root=$1 dir=$2; shift 2
		mount -t proc proc "$root/proc" &&
		mount --rbind /dev "$root/dev" || exit 125
		if [ "$dir" != / ]; then
			mkdir -p "$root$dir" &&
			mount --bind "$dir" "$root$dir" || exit 125
		fi
		exec chroot "$root" /usr/bin/env -i \
			PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
			HOME=/root LC_ALL=C.UTF-8 TERM=dumb \
			${MAKEFLAGS:+MAKEFLAGS="$MAKEFLAGS"} \
			sh -c "cd \"\$0\" && exec \"\$@\"" "$dir" "$@"
	' sh "$root" "$dir" "$@"
}

create()
{
	if [ ! -x "$root/usr/bin/apt-get" ]; then
		uri=$("$(dirname "$0")/../kernel-patches/debian-archive.sh") ||
			exit 1
		command -v debootstrap >/dev/null 2>&1 ||
			{ echo "debian13: debootstrap is not installed" \
				"(make deps)" >&2; exit 1; }
		rm -rf "$root.tmp"
		mkdir -p "$(dirname "$root")" || exit 1
		echo "debian13: debootstrap trixie into $root" >&2
		debootstrap --variant=minbase trixie "$root.tmp" "$uri" \
			> "$root.log" 2>&1 ||
			{ echo "debian13: debootstrap failed; see $root.log" >&2
			  exit 1; }
		mv "$root.tmp" "$root" || exit 1
	fi
	missing=
	for p in "$@"; do
		dpkg-query --admindir="$root/var/lib/dpkg" -W \
			-f='${Status}\n' "$p" 2>/dev/null |
			grep -q '^install ok installed' ||
			missing="$missing $p"
	done
	[ -n "$missing" ] || exit 0
	echo "debian13: installing$missing" >&2
	cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
	in_root / sh -c 'apt-get -q update &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
		--no-install-recommends "$@"' sh $missing >> "$root.log" 2>&1 ||
		{ echo "debian13: apt-get install failed; see $root.log" >&2
		  exit 1; }
	in_root / apt-get clean >/dev/null 2>&1
	exit 0
}

case $verb in
create)
	create "$@" ;;
run)
	[ $# -ge 1 ] || usage
	[ -x "$root/usr/bin/env" ] ||
		{ echo "debian13: no root at $root (make deps)" >&2; exit 1; }
	in_root "$(pwd -P)" "$@" ;;
has)
	[ $# -eq 1 ] || usage
	for d in /usr/local/bin /usr/bin /bin; do
		[ -x "$root$d/$1" ] && exit 0
	done
	exit 1 ;;
*)
	usage ;;
esac
