# Functions shared by the fuzz awk scripts: given first with -f, before
# the script.
#
# load() reads the variables marks (the functions marked realmode, one a
# line, from mark.awk), idx (the program's records, from index.awk) and
# allow (SYM:SYM..., the symbols given to -fplugin-arg-realmode-allow)
# into marked[F], defined[F], first[F], last[F], calls[F, X],
# callat[X, LINE] = F, the regions rf[], rb[], re[] (nreg of them),
# snipat[LINE] = CLASS and snipin[F, CLASS] (a snippet of CLASS in a
# region of F), and allowed[SYM].

function load(    l, w, a, i, n) {
	while ((getline l < marks) > 0)
		marked[l] = 1
	while ((getline l < idx) > 0) {
		split(l, w, " ")
		if (w[1] == "fn") {
			defined[w[2]] = 1
			first[w[2]] = w[3] + 0
			last[w[2]] = w[4] + 0
		} else if (w[1] == "call") {
			calls[w[2], w[3]] = 1
			callat[w[3], w[4]] = w[2]
		} else if (w[1] == "region") {
			nreg++
			rf[nreg] = w[2]
			rb[nreg] = w[3] + 0
			re[nreg] = w[4] + 0
		} else if (w[1] == "snippet") {
			snipat[w[3]] = w[4]
			if (w[5])
				snipin[w[2], w[4]] = 1
		}
	}
	n = split(allow, a, ":")
	for (i = 1; i <= n; i++)
		allowed[a[i]] = 1
}

# The function whose csmith definition starts on line S: "static ...
# func_N(...)" (a prototype ends with ";") or "int main (", else "".
function definition(s,    name) {
	if (s ~ /^int main *\(/)
		return "main"
	if (s !~ /^static [^=;]*[ *]func_[0-9]+ *\(.*\)[ \t]*$/)
		return ""
	match(s, /func_[0-9]+ *\(/)
	name = substr(s, RSTART, RLENGTH)
	sub(/ *\($/, "", name)
	return name
}

function close_reach(f,    g) {
	if (f in seen)
		return
	seen[f] = 1
	for (g in defined)
		if ((f SUBSEP g) in calls)
			close_reach(g)
}

# seen[]: F and the functions of the program F calls, directly or not
# (all of them may be inlined into F).
function reach(f) {
	split("", seen)
	close_reach(f)
}

# The function a symbol of the object is part of: GCC's clones and
# parts (.constprop.0, .isra.0, .part.0, .cold) are the function's.
function base(sym) {
	sub(/\..*/, "", sym)
	return sym
}

# The kind of inject.awk snippet that becomes a call to library routine
# X, or "" for none.
function libclass(x) {
	if (x ~ /^__u?(div|mod)ti3$/)
		return "div128"
	if (x ~ /^__gcc_q/ || x ~ /^__(add|sub|mul|div|neg)tf3$/ ||
	    x ~ /^__(eq|ne|lt|le|gt|ge|unord)tf2$/)
		return "ldouble"
	if (x ~ /^__(fix|fixuns|float|floatun)[a-z]+$/)
		return "conv"
	if (x ~ /^__(aarch64_|atomic_|sync_)/)
		return "atomic"
	if (x ~ /^__popcount/)
		return "popcount"
	return ""
}

# X named by an error "call to 'X' from realmode function 'F'" in the
# file ERRS (read once into named[X, F]).
function named_by_error(x, f,    l, q) {
	if (!errs_read) {
		errs_read = 1
		while (errs != "" && (getline l < errs) > 0)
			if (l ~ /error: call to '[^']*' from realmode function '[^']*'/) {
				sub(/.*error: call to '/, "", l)
				split(l, q, "'")
				named[q[1], q[3]] = 1
			}
	}
	return (x SUBSEP f) in named
}
