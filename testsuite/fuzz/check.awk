# Judge the errors of a program the plugin rejected.
#
#   awk -v marks=FILE -v idx=FILE -v prog=prog.c [-v allow=SYM:SYM...] \
#       -f common.awk -f check.awk compiler-stderr
#
# marks, idx, allow: see common.awk; prog: the name the compiler calls
# the program by.  Every error must be
#
#   FILE:LINE:COL: error: call to 'X' from realmode function 'F' may reach instrumented code
#
# with F marked, X neither marked nor allowed, and
#
#   - X written on LINE (when FILE is the program; anywhere otherwise)
#     in the body of F or of a function F calls, directly or not (it may
#     be inlined into F, marked or not); or X a routine the compiler
#     generated (memcpy, memset, memmove, a __ helper) that a note
#     explains ("call to 'X' generated ...", "'B' stays a call to 'X'"),
#     on a line of such a function; a library routine (__divti3,
#     __aarch64_ldadd4_acq_rel, ...) on the line of an inject.awk snippet
#     of its kind;
#   - LINE not inside a sanctioned region (strictly between a
#     realmode_unchecked_begin and its end): a call there is allowed;
#   - the notes "'A' calls 'B'" (the chain that makes X unsafe, rule 4)
#     a path from X: each A the previous B (the first A is X), A and B
#     not marked, B written in A or a function A calls, or generated;
#     "'A' calls a part of itself ..." (ipa-split's A.part.0) keeps A.
#
# Any other error (a stripping failure, a region the plugin finds
# unbalanced, an indirect call: csmith writes no function pointers) is
# wrong.  Prints one line per error that is not justified, and exits 1
# if there was one or if there was no error at all.

# X written on line LN (any line if LN is 0) of a function in seen[].
function written(x, ln,    g) {
	if (ln)
		return ((x SUBSEP ln) in callat) && (callat[x, ln] in seen)
	for (g in seen)
		if ((g SUBSEP x) in calls)
			return 1
	return 0
}

# Line LN lies in the body of a function in seen[] (any line if 0).
function in_seen(ln,    g) {
	if (!ln)
		return 1
	for (g in seen)
		if (ln >= first[g] && ln <= last[g])
			return 1
	return 0
}

BEGIN {
	load()
	nerr = 0
	bad = 0
}

# Group each error with the notes after it.
/(^|: )error: / {
	nerr++
	emsg[nerr] = $0
	nnote[nerr] = 0
	next
}
/(^|: )note: / && nerr > 0 {
	note[nerr, ++nnote[nerr]] = $0
}

function wrong(why) {
	print why ": " m
	bad = 1
}

END {
	for (e = 1; e <= nerr; e++) {
		l = emsg[e]
		m = l
		sub(/.*error: /, "", m)
		# where: FILE:LINE:COL: error: (no line: cc1: error:)
		file = ""
		ln = 0
		if (match(l, /^[^:]+:[0-9]+:[0-9]+: /)) {
			split(substr(l, 1, RLENGTH), p, ":")
			file = p[1]
			ln = p[2] + 0
		}
		if (file != prog)
			ln = 0		# a header's line says nothing of prog.c
		if (m !~ /^call to '[^']*' from realmode function '[^']*' may reach instrumented code$/) {
			wrong("unexpected error")
			continue
		}
		split(m, q, "'")
		x = q[2]
		f = q[4]
		if (!(f in marked)) {
			wrong("'" f "' is not marked realmode")
			continue
		}
		if (x in marked) {
			wrong("'" x "' is marked realmode")
			continue
		}
		if (x in allowed) {
			wrong("'" x "' is allowed")
			continue
		}
		inreg = 0
		for (r = 1; r <= nreg; r++)
			if (ln > rb[r] && ln < re[r])
				inreg = r
		if (inreg) {
			wrong("line " ln " is inside the region of '" rf[inreg] "' (lines " rb[inreg] "-" re[inreg] ")")
			continue
		}
		# the notes: what generated X, the chain from X
		gen = 0
		prev = x
		chain_ok = 1
		for (k = 1; k <= nnote[e]; k++) {
			t = note[e, k]
			if (t ~ ("note: call to '" x "' generated") ||
			    t ~ ("note: '[^']*' stays a call to '" x "'"))
				gen = 1
			if (t ~ /note: '[^']*' makes an indirect call/) {
				wrong("a chain through an indirect call, but csmith writes none")
				chain_ok = 0
				break
			}
			# a part GCC split out of the same function
			if (t ~ /note: '[^']*' calls a part of itself /) {
				s = t
				sub(/.*note: '/, "", s)
				split(s, c, "'")
				if (c[1] != prev || (c[1] in marked)) {
					wrong("note '" c[1] "' calls a part of itself is no chain from '" x "' through unmarked functions")
					chain_ok = 0
					break
				}
				continue
			}
			if (t !~ /note: '[^']*' calls '[^']*'/)
				continue
			s = t
			sub(/.*note: '/, "", s)
			split(s, c, "'")
			a1 = c[1]
			b1 = c[3]
			if (a1 != prev || (a1 in marked) || (b1 in marked)) {
				wrong("note '" a1 "' calls '" b1 "' is no chain from '" x "' through unmarked functions")
				chain_ok = 0
				break
			}
			reach(a1)
			if (!written(b1, 0) && !(b1 ~ /^(memcpy|memset|memmove|__[A-Za-z0-9_]+)$/)) {
				wrong("note '" a1 "' calls '" b1 "', but '" b1 "' is not called from '" a1 "'")
				chain_ok = 0
				break
			}
			prev = b1
		}
		if (!chain_ok)
			continue
		reach(f)
		if (written(x, ln))
			continue
		if (!gen || x !~ /^(memcpy|memset|memmove|__[A-Za-z0-9_]+)$/) {
			wrong("'" x "' is not called " (ln ? "on line " ln " " : "") "from '" f "' or a function it calls")
			continue
		}
		if (!in_seen(ln)) {
			wrong("line " ln " is in no function '" f "' calls")
			continue
		}
		cl = libclass(x)
		if (cl != "" && ln && snipat[ln] != cl)
			wrong("'" x "' (" cl ") generated on line " ln ", where no " cl " snippet is")
	}
	if (nerr == 0) {
		print "the compiler failed without an error"
		bad = 1
	}
	exit bad
}
