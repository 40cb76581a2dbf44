# What the oracles need to know of the program as it is compiled.
#
#   awk -f common.awk -f index.awk prog.c > index.txt
#
# One record a line:
#
#   fn F FIRST LAST      function F (a csmith func_N, or main) is defined
#                        on lines FIRST (its header) to LAST (its "}")
#   call F X LINE        X( is written on LINE, in the body of F (every
#                        identifier followed by "(": keywords and macros
#                        come along and do no harm)
#   region F BEGIN END   a sanctioned region of F: realmode_unchecked_begin
#                        on line BEGIN, its realmode_unchecked_end on END
#   snippet F LINE CLASS IN   inject.awk's operation of CLASS on LINE,
#                        IN 1 if it lies in a region of F, else 0

definition($0) != "" {
	cur = definition($0)
	hdr = NR
	open = 0
	next
}

cur != "" && /^}/ {
	print "fn", cur, hdr, NR
	cur = ""
	next
}

cur != "" {
	s = $0
	if (s ~ /realmode_unchecked_begin/)
		open = NR
	else if (s ~ /realmode_unchecked_end/ && open) {
		print "region", cur, open, NR
		open = 0
	}
	if (match(s, /\/\* rmfz:[a-z0-9]+ \*\//)) {
		c = substr(s, RSTART + 8, RLENGTH - 11)
		print "snippet", cur, NR, c, (open ? 1 : 0)
	}
	while (match(s, /[A-Za-z_][A-Za-z0-9_]* *\(/)) {
		id = substr(s, RSTART, RLENGTH)
		sub(/ *\($/, "", id)
		s = substr(s, RSTART + RLENGTH)
		print "call", cur, id, NR
	}
}
