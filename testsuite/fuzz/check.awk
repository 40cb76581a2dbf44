# Judge the errors of a program the plugin rejected.
#
#   awk -v marks=FILE -v calls=FILE -f check.awk compiler-stderr
#
# marks: the functions marked realmode; calls: "F X" for each call X
# written in the body of F (both from mark.awk).  Every error must be
#
#   call to 'X' from realmode function 'F' may reach instrumented code
#   call to 'X' from 'H', which realmode function 'F' calls, may ...
#
# with F marked, and X (for the second form H, then X called from H)
# written in the body of F or of a marked function F reaches through
# marked functions only (they may be inlined into F); X itself not
# marked (a call to a realmode function is allowed); or X a call the
# compiler generated (memcpy, memset, memmove, a __ helper) that a note
# "call to 'X' generated ..." explains.  Prints one line per error that
# is not, and exits 1 if there was one or if there was no error at all.

function reach(f,    g) {
	if ((f in seen))
		return
	seen[f] = 1
	for (g in marked)
		if ((f SUBSEP g) in call)
			reach(g)
}

# X written in the body of F or of a marked function F reaches.
function called_from(f, x,    g) {
	split("", seen)
	reach(f)
	for (g in seen)
		if ((g SUBSEP x) in call)
			return 1
	return 0
}

function generated(x) {
	return (x ~ /^(memcpy|memset|memmove|__[A-Za-z0-9_]+)$/) && (x in gen)
}

BEGIN {
	while ((getline l < marks) > 0)
		marked[l] = 1
	while ((getline l < calls) > 0) {
		split(l, w, " ")
		call[w[1], w[2]] = 1
	}
	n = 0
}

{ line[++n] = $0 }

/note: call to '[^']*' generated/ {
	s = $0
	sub(/.*note: call to '/, "", s)
	sub(/'.*/, "", s)
	gen[s] = 1
}

END {
	bad = 0
	nerr = 0
	for (i = 1; i <= n; i++) {
		l = line[i]
		if (l !~ /(^|: )error: /)
			continue
		nerr++
		m = l
		sub(/.*error: /, "", m)
		if (m ~ /^call to '[^']*' from realmode function '[^']*' may reach instrumented code$/) {
			split(m, q, "'")
			x = q[2]; f = q[4]; h = ""
		} else if (m ~ /^call to '[^']*' from '[^']*', which realmode function '[^']*' calls, may reach instrumented code$/) {
			split(m, q, "'")
			x = q[2]; h = q[4]; f = q[6]
		} else {
			print "unexpected error: " m
			bad = 1
			continue
		}
		if (!(f in marked)) {
			print "'" f "' is not marked realmode: " m
			bad = 1
			continue
		}
		if (x in marked) {
			print "'" x "' is marked realmode: " m
			bad = 1
			continue
		}
		if (h != "") {
			if (!called_from(f, h) || (h in marked)) {
				print "'" h "' is not called through marked functions from '" f "': " m
				bad = 1
			} else if (!((h SUBSEP x) in call) && !generated(x)) {
				print "'" x "' is not called from '" h "': " m
				bad = 1
			}
			continue
		}
		if (!called_from(f, x) && !generated(x)) {
			print "'" x "' is not called from '" f "': " m
			bad = 1
		}
	}
	if (nerr == 0) {
		print "the compiler failed without an error"
		bad = 1
	}
	exit bad
}
