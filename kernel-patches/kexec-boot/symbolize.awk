# symbolize.awk - name the kernel text addresses of mce.gdb's output.
#
#   awk -f symbolize.awk NM-OUTPUT GDB-OUTPUT
#
# NM-OUTPUT is "nm -n vmlinux".  Prints the fault's chain, innermost
# first, as "func <- caller <- ..." (SRR0, LR, then the saved LRs; a
# function repeated at once, as LR and the first saved LR often are, is
# named once), then "DAR=0x...", "MSR=real|virtual" on lines of their
# own.  Kernel addresses are compared on their low 48 bits: awk's numbers
# are doubles, and 0xc000... would lose the low bits.

function hex(s,   i, v) {
	s = tolower(s)
	sub(/^0x/, "", s)
	if (length(s) > 12)
		s = substr(s, length(s) - 11)
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v
}

function name(a,   lo, hi, mid) {
	a = hex(a)
	if (!n || a < addr[1])
		return "?"
	lo = 1
	hi = n
	while (lo < hi) {
		mid = int((lo + hi + 1) / 2)
		if (addr[mid] <= a)
			lo = mid
		else
			hi = mid - 1
	}
	return sym[lo]
}

FNR == NR {
	if ($2 ~ /^[tTwW]$/) {
		n++
		addr[n] = hex($1)
		sym[n] = $3
	}
	next
}

$1 == "MCE" && ($2 == "SRR0" || $2 == "LR" || $2 == "CALLER") {
	f = name($3)
	if (f != last) {
		chain = chain (chain == "" ? "" : " <- ") f
		last = f
	}
}
$1 == "MCE" && $2 == "DAR" { dar = $3 }
$1 == "MCE" && $2 == "SRR1" {
	# MSR_IR 0x20, MSR_DR 0x10
	msr = hex($3) % 64 >= 16 ? "virtual" : "real"
}

END {
	if (chain != "") {
		print chain
		print "DAR=0x" dar
		print "MSR=" msr
	}
}
