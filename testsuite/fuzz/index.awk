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

definition($0) != "" {
	cur = definition($0)
	hdr = NR
	next
}

cur != "" && /^}/ {
	print "fn", cur, hdr, NR
	cur = ""
	next
}

cur != "" {
	s = $0
	while (match(s, /[A-Za-z_][A-Za-z0-9_]* *\(/)) {
		id = substr(s, RSTART, RLENGTH)
		sub(/ *\($/, "", id)
		s = substr(s, RSTART + RLENGTH)
		print "call", cur, id, NR
	}
}
