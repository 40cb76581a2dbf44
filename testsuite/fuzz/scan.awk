# Instrumentation calls inside realmode functions, from objdump -dr.
#
#   objdump -dr obj.o | awk -v marks=FILE -f scan.awk
#
# A function is realmode if its name, or its name up to the first "."
# (GCC's clones: .constprop.0, .isra.0, .part.0, .cold), is in marks.
# Prints "F: SYM" for every reference from such a function to an
# instrumentation entry point (relocation or call target), exits 1 if
# there is one.

BEGIN {
	while ((getline l < marks) > 0)
		marked[l] = 1
	ep = "(__asan_|__kasan_|__hwasan_|__tsan_|__ubsan_|__sanitizer_cov_|__gcov_|_mcount|mcount|__fentry__|__cyg_profile_func_)"
	bad = 0
	cur = ""
}

/^[0-9a-f]+ <[^>]*>:$/ {
	name = $0
	sub(/^[0-9a-f]+ </, "", name)
	sub(/>:$/, "", name)
	base = name
	sub(/\..*/, "", base)
	cur = ((name in marked) || (base in marked)) ? name : ""
	next
}

cur != "" && ($0 ~ ("R_[A-Z0-9_]+[ \t]+" ep) || $0 ~ ("<" ep)) {
	s = $0
	if (match(s, "R_[A-Z0-9_]+[ \t]+" ep "[A-Za-z0-9_.]*"))
		s = substr(s, RSTART, RLENGTH)
	else if (match(s, "<" ep "[A-Za-z0-9_.]*"))
		s = substr(s, RSTART, RLENGTH)
	sub(/^R_[A-Z0-9_]+[ \t]+/, "", s)
	sub(/^</, "", s)
	print cur ": " s
	bad = 1
}

END { exit bad }
