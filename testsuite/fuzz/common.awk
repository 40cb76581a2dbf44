# Functions shared by the fuzz awk scripts: given first with -f, before
# the script.
#
# load() reads the variables marks (the functions marked realmode, one a
# line, from mark.awk), idx (the program's records, from index.awk) and
# allow (SYM:SYM..., the symbols given to -fplugin-arg-realmode-allow)
# into marked[F], defined[F], first[F], last[F], calls[F, X],
# callat[X, LINE] = F and allowed[SYM].

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
