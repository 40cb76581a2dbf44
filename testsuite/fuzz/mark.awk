# Put the realmode attribute on some functions of a csmith program.
#
#   awk -v seed=S -v mode=random|closed -v marks=FILE \
#       -f common.awk -f mark.awk prog.c prog.c > marked.c
#
# The file is read twice.  Pass 1 finds csmith's functions (func_N: a
# "static ... func_N(...)" prototype, then a definition whose body ends at
# a "}" in column 0) and, per definition, every identifier followed by "("
# in its body: the calls it makes in the source (keywords come along and
# do no harm).  Then it chooses the functions to mark, deterministically
# from seed (its own Park-Miller generator: srand() differs between awks):
#
#   random  each func_N with probability 1/3, at least one;
#   closed  one or two func_N and everything they call, transitively.
#
# Each marked function gets __attribute__((realmode)) on its prototype,
# its definition or both (chosen per function), one time in two with
# noinline: GCC inlines a static function called once, and a realmode
# one too where the caller's instrumentation does not forbid it (gcov
# does not), leaving no realmode code to check.  Pass 2 prints the
# program with the attributes.  marks gets the marked names, one a line.
# (The oracles read the calls of the program as it is compiled, after
# inject.awk, from index.awk.)

function rnd(n) {
	state = (state * 16807) % 2147483647
	return state % n
}

BEGIN {
	state = (seed % 2147483646) + 1
	nfun = 0
}

# Pass 1.
FNR == NR {
	if ((d = definition($0)) != "") {
		cur = d
		if (cur != "main") {
			defined[cur] = 1
			order[++nfun] = cur
		}
		inbody = 1
		next
	}
	if (inbody && $0 ~ /^}/) {
		inbody = 0
		next
	}
	if (inbody) {
		s = $0
		while (match(s, /[A-Za-z_][A-Za-z0-9_]* *\(/)) {
			id = substr(s, RSTART, RLENGTH)
			sub(/ *\($/, "", id)
			s = substr(s, RSTART + RLENGTH)
			calls[cur, id] = 1
		}
	}
	next
}

FNR == 1 && NR > 1 {
	# Choose the marked set.
	if (nfun == 0) {
		print "mark.awk: no csmith functions found" > "/dev/stderr"
		exit 1
	}
	if (mode == "closed") {
		nroots = 1 + rnd(2)
		for (i = 0; i < nroots; i++) {
			reach(order[1 + rnd(nfun)])
			for (f in seen)
				marked[f] = 1
		}
	} else {
		n = 0
		for (i = 1; i <= nfun; i++)
			if (rnd(3) == 0) {
				marked[order[i]] = 1
				n++
			}
		if (n == 0)
			marked[order[1 + rnd(nfun)]] = 1
	}
	for (i = 1; i <= nfun; i++) {
		f = order[i]
		if (!(f in marked))
			continue
		where[f] = rnd(3)	# 0 both, 1 prototype, 2 definition
		attr[f] = rnd(2) ? "realmode, noinline" : "realmode"
		print f > marks
	}
	close(marks)
}

# Pass 2.
{
	if (match($0, /^static [^=]*[ *]func_[0-9]+ *\(/)) {
		f = substr($0, RSTART, RLENGTH)
		sub(/^.*[ *]/, "", f)
		sub(/ *\($/, "", f)
		proto = ($0 ~ /\) *;[ \t]*$/)
		if ((f in marked) && (where[f] == 0 ||
		    (proto && where[f] == 1) || (!proto && where[f] == 2))) {
			sub(/^static /, "static __attribute__((" attr[f] ")) ")
		}
	}
	print
}
