# Every call realmode-objcheck finds in the object of a rejected
# program, compiled again with -fplugin-arg-realmode-warn (the same
# code, written out), must be one the plugin's errors name.
#
#   realmode-objcheck obj.o 2>&1 | awk -v errs=FILE -f common.awk -f cover.awk
#
# A line "OBJ: error: realmode: FUNC()+0xOFF: [tail ]call to CALLEE() ..."
# needs an error "call to 'X' from realmode function 'F'" with F the
# function FUNC is part of (base()) and X CALLEE or its function.
# Prints the lines that have none, and every other line of the
# checker's, and exits 1 if there was one.

BEGIN { bad = 0 }

/: error: realmode: [^ ]+\(\)\+0x[0-9a-f]+: (tail )?call to [^ ]+\(\)/ {
	s = $0
	sub(/.*: error: realmode: /, "", s)
	func_ = s
	sub(/\(\).*/, "", func_)
	callee = s
	sub(/.*call to /, "", callee)
	sub(/\(\).*/, "", callee)
	if (named_by_error(callee, base(func_)) ||
	    named_by_error(base(callee), base(func_)))
		next
	print "no error for: " $0
	bad = 1
	next
}

NF { print "unexpected: " $0; bad = 1 }

END { exit bad }
