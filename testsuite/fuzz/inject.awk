# Add to a marked csmith program what csmith never writes: operations
# that become library calls, and sanctioned regions.
#
#   awk -v seed=S -v marks=FILE -f common.awk -f inject.awk marked.c > prog.c
#
# Snippets.  In three programs out of four, one to four statements, each
# on a line of its own and tagged "/* rmfz:CLASS */", are put before a
# random statement of a random function (two times out of three a marked
# one): __int128 division and modulo (__divti3, __umodti3), long double
# arithmetic (aarch64 binary128: __multf3, __divtf3, __addtf3; ppc64le
# IBM long double: __gcc_qmul, __gcc_qdiv, __gcc_qadd), a double to
# __int128 conversion (__fixdfti), atomics (with -moutline-atomics on
# aarch64 __aarch64_ldadd4_acq_rel, __aarch64_cas8_acq; 16 bytes:
# libatomic's __atomic_fetch_or_16 where there is no instruction for
# it) and __builtin_popcountl (__popcountdi2 on x86_64 -mno-popcnt and
# aarch64 -mgeneral-regs-only).  Operands are volatile globals, so
# nothing folds them away.  Where the compile has no floating point
# (-mgeneral-regs-only), the driver defines RMFZ_NOFP and the long
# double and double operands are longs: the same statements still
# compile.  The globals and #include "realmode.h" are put on top.
#
# Regions.  Each marked function, one time in two, gets one or two
# regions: realmode_unchecked_begin(); before a statement of a block
# and realmode_unchecked_end(); after it or after one or two further
# statements of the same block.  Only whole statements, at statement
# level of a brace block (not the body of an unbraced for/if), never
# across a return, goto, break, continue or label (csmith's labels are
# in column 0), never nested: so every path through the function opens
# and closes them in order.
#
# csmith's layout makes this possible without a C parser: one statement
# a line, bodies indented by four, "{" and "}" on lines of their own at
# the level of the statement they belong to, "else" on a line of its
# own, each function's final "}" in column 0.

function rnd(n) {
	state = (state * 16807) % 2147483647
	return state % n
}

function indent(s) {
	match(s, /^ */)
	return RLENGTH
}

function text(s) {
	sub(/^[ \t]+/, "", s)
	return s
}

# Lines that are not statements of their own: nothing, a label, a
# preprocessor line.
function blank(s,    t) {
	t = text(s)
	return t == "" || t ~ /^lbl_[0-9]+:/ || t ~ /^#/ || t ~ /^\/\*.*\*\/$/
}

# The functions of L[1..n]: fstart[i] the line of "{", fend[i] of "}".
function find_functions(    i, name) {
	nf = 0
	for (i = 1; i <= n; i++) {
		name = definition(L[i])
		if (name == "" || name == "main")
			continue
		nf++
		fname[nf] = name
		fstart[nf] = i + 1
		while (i < n && L[i] !~ /^}/)
			i++
		fend[nf] = i
	}
}

# The statements of function k at the level of a brace block: sstart[j]
# its first line, send[j] its last, sblock[j] the line of its block's
# "{".  A statement starts at a line whose indentation is four more
# than the innermost open "{"; a simple one ends on its line, a for/if
# (with its else) at the last line indented deeper or a "{", "}" or
# "else" at its own indentation.
function statements(k,    i, d, top, sp, stk, t, j, last) {
	ns = 0
	sp = 0
	for (i = fstart[k]; i <= fend[k]; i++) {
		if (blank(L[i]))
			continue
		d = indent(L[i])
		t = text(L[i])
		if (t ~ /^{/) {
			stk[++sp] = i
			continue
		}
		if (t ~ /^}/) {
			sp--
			continue
		}
		if (sp == 0 || t ~ /^else/ || d != indent(L[stk[sp]]) + 4)
			continue
		top = stk[sp]
		# a statement at block level
		last = i
		if (!(t ~ /;[ \t]*(\/\*.*\*\/)?[ \t]*$/ && t !~ /^(for|if|while|else)[ (]/)) {
			for (j = i + 1; j < fend[k]; j++) {
				if (blank(L[j]))
					continue
				if (indent(L[j]) > d ||
				    (indent(L[j]) == d && text(L[j]) ~ /^([{}]|else)/))
					last = j
				else
					break
			}
		}
		ns++
		sstart[ns] = i
		send[ns] = last
		sblock[ns] = top
	}
}

# No way out of lines a..b but their end, and no way in but their start.
function closed(a, b,    i, t) {
	for (i = a; i <= b; i++) {
		t = L[i]
		if (t ~ /(^|[^A-Za-z0-9_])(return|goto|break|continue)([^A-Za-z0-9_]|$)/ ||
		    text(t) ~ /^lbl_[0-9]+:/ || t ~ /realmode_unchecked_/)
			return 0
	}
	return 1
}

# Lines a..b call something (a function, a library routine).
function has_call(a, b,    i, t) {
	for (i = a; i <= b; i++) {
		t = L[i]
		gsub(/(for|if|while|sizeof) *\(/, "", t)
		if (t ~ /[A-Za-z_][A-Za-z0-9_]* *\(/ || t ~ /rmfz:/)
			return 1
	}
	return 0
}

# Line a of function k lies in a region already.
function in_region(k, a,    i, open) {
	open = 0
	for (i = fstart[k]; i < a; i++)
		if (L[i] ~ /realmode_unchecked_begin/)
			open = 1
		else if (L[i] ~ /realmode_unchecked_end/)
			open = 0
	return open
}

function insert(pos, s,    i) {
	for (i = n; i >= pos; i--)
		L[i + 1] = L[i]
	L[pos] = s
	n++
}

function pad(k) {
	return sprintf("%" k "s", "")
}

BEGIN {
	state = ((seed * 7 + 3) % 2147483646) + 1
	while ((getline l < marks) > 0)
		marked[l] = 1
	nsnip = 0
	snip[++nsnip] = "rmfz_s128 = rmfz_s128 / rmfz_t128; /* rmfz:div128 */"
	snip[++nsnip] = "rmfz_u128 = rmfz_u128 % rmfz_v128; /* rmfz:div128 */"
	snip[++nsnip] = "rmfz_lda = rmfz_lda * rmfz_ldb; /* rmfz:ldouble */"
	snip[++nsnip] = "rmfz_lda = rmfz_lda / rmfz_ldb + rmfz_lda; /* rmfz:ldouble */"
	snip[++nsnip] = "rmfz_s128 = (__int128)rmfz_dbl; /* rmfz:conv */"
	snip[++nsnip] = "__atomic_fetch_add(&rmfz_atom, 3, __ATOMIC_SEQ_CST); /* rmfz:atomic */"
	snip[++nsnip] = "__atomic_compare_exchange_n(&rmfz_atom64, &rmfz_expect, 5, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED); /* rmfz:atomic */"
	snip[++nsnip] = "__atomic_fetch_or(&rmfz_atom128, 1, __ATOMIC_RELAXED); /* rmfz:atomic */"
	snip[++nsnip] = "rmfz_pc = __builtin_popcountl(rmfz_pc); /* rmfz:popcount */"
}

{ L[++n] = $0 }

END {
	find_functions()
	if (nf == 0) {
		print "inject.awk: no csmith functions found" > "/dev/stderr"
		exit 1
	}
	nm = 0
	for (k = 1; k <= nf; k++)
		if (fname[k] in marked)
			mk[++nm] = fname[k]

	# Snippets, before a statement of a function.
	if (rnd(4) != 0) {
		count = 1 + rnd(4)
		for (c = 0; c < count; c++) {
			f = (nm > 0 && rnd(3) != 0) ? mk[1 + rnd(nm)] : fname[1 + rnd(nf)]
			for (k = 1; k <= nf; k++)
				if (fname[k] == f)
					break
			statements(k)
			if (ns == 0)
				continue
			j = 1 + rnd(ns)
			insert(sstart[j], pad(indent(L[sstart[j]])) snip[1 + rnd(nsnip)])
			find_functions()
		}
	}

	# Regions, in marked functions.
	for (k = 1; k <= nf; k++) {
		if (!(fname[k] in marked) || rnd(2) == 0)
			continue
		want = 1 + rnd(2)
		# (a region with a call in it, if the first tries find one)
		for (tries = 0; want > 0 && tries < 10; tries++) {
			statements(k)
			if (ns == 0)
				break
			a = 1 + rnd(ns)
			# one to three consecutive statements of a's block
			b = a
			for (more = rnd(3); more > 0; more--) {
				for (j = b + 1; j <= ns && sblock[j] != sblock[a]; j++)
					;
				if (j > ns || sstart[j] < sstart[b])
					break
				b = j
			}
			if (!closed(sstart[a], send[b]) || in_region(k, sstart[a]) ||
			    (tries < 6 && !has_call(sstart[a], send[b])))
				continue
			d = pad(indent(L[sstart[a]]))
			insert(send[b] + 1, d "realmode_unchecked_end();")
			insert(sstart[a], d "realmode_unchecked_begin();")
			find_functions()
			want--
		}
	}

	print "#include \"realmode.h\""
	print "/* rmfz: operands of the operations that become library calls */"
	print "#ifdef RMFZ_NOFP"
	print "typedef long rmfz_ld_t; typedef long rmfz_dbl_t;"
	print "#else"
	print "typedef long double rmfz_ld_t; typedef double rmfz_dbl_t;"
	print "#endif"
	print "static volatile __int128 rmfz_s128 = 1000, rmfz_t128 = 7;"
	print "static volatile unsigned __int128 rmfz_u128 = 1000, rmfz_v128 = 7;"
	print "static volatile rmfz_ld_t rmfz_lda = 3, rmfz_ldb = 2;"
	print "static volatile rmfz_dbl_t rmfz_dbl = 5;"
	print "static int rmfz_atom;"
	print "static long rmfz_atom64, rmfz_expect;"
	print "static __int128 rmfz_atom128;"
	print "static volatile unsigned long rmfz_pc = 0x12345;"
	for (i = 1; i <= n; i++)
		print L[i]
}
