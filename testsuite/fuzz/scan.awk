# What the code of realmode functions refers to, from objdump.
#
#   { objdump -tr obj.o; objdump -dr obj.o; } | awk -v marks=FILE \
#       -v idx=FILE [-v allow=SYM:...] [-v errs=FILE] \
#       -f common.awk -f scan.awk
#
# A function is realmode if its name, or its name up to the first "."
# (GCC's clones: .constprop.0, .isra.0, .part.0, .cold), is marked.
# Prints "F: SYM" and exits 1 for every reference (relocation or call
# target) from such a function to
#
#   - an instrumentation entry point or gcov counter: __asan_, __kasan_,
#     __hwasan_, __tsan_, __ubsan_, __sanitizer_cov_, __gcov (functions
#     and the counters __gcov0.F), _mcount, mcount, __fentry__,
#     __cyg_profile_func_: never, accepted or not;
#   - a region marker (__realmode_unchecked_begin/end), which the plugin
#     must delete;
#   - a library routine (a "__" symbol: __divti3, __multf3, __gcc_qmul,
#     __aarch64_ldadd4_acq_rel, __atomic_fetch_or_16, __popcountdi2,
#     ...; __stack_chk_fail is allowed by the plugin), unless it is
#     allowed, or the call is sanctioned: the object's
#     .discard.realmode.unchecked names its instruction (a region of F,
#     or of a function inlined into one, holds it), or inject.awk put an
#     operation of its kind into a region of F or of a function F calls,
#     or the errors in errs (a rejected program, compiled again with
#     -fplugin-arg-realmode-warn to see its code) name it from F.
#
# An object names a local symbol (a gcov counter __gcov0.F) by its
# section and offset: with -fdata-sections (fuzz.sh's gcov flavour) its
# own section, .bss.__gcov0.F, else .bss+0xe4c.  So the symbol table and
# the relocations of .toc (ppc64: code may load the address from there)
# are read first, from objdump -tr.  The offset is looked up in the
# symbol table on x86_64 only: elsewhere GCC addresses globals from a
# section anchor, a place the offset of the instruction is added to,
# which may well be a gcov counter's when the global is another.  An
# x86_64 PC-relative relocation's addend is the offset less the
# distance from the field to the end of the instruction, added back
# from the next instruction's address.

function hex(s,    i, v) {
	sub(/^0x/, "", s)
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", tolower(substr(s, i, 1))) - 1
	return v
}

# What relocation value T (sym, sym+0x10, .bss+0xe4c) plus K refers to:
# the symbol, or for SECTION+OFF the local symbol covering that place.
function target(t, k,    sec, off, i, n) {
	sec = t
	off = 0
	if (match(t, /[-+]0x[0-9a-f]+$/)) {
		sec = substr(t, 1, RSTART - 1)
		off = hex(substr(t, RSTART + 1))
		if (substr(t, RSTART, 1) == "-")
			off = -off
	}
	if (sec !~ /^\./)
		return sec
	# -fdata-sections: .bss.__gcov0.f is __gcov0.f's own section
	if (match(sec, /^\.[a-z]+\.__/))
		return substr(sec, RLENGTH - 1)
	off += k
	if (sec == ".toc" && (off in toc))
		return target(toc[off], 0)
	for (i = 1; i <= nsym && x86; i++)
		if (ssec[i] == sec && off >= sval[i] && off < sval[i] + ssize[i])
			return sname[i]
	return t
}

# SECTION+OFF of relocation value T, for the sanctioned calls.
function place(t,    off) {
	if (!match(t, /\+0x[0-9a-f]+$/))
		return t SUBSEP 0
	off = hex(substr(t, RSTART + 1))
	return substr(t, 1, RSTART - 1) SUBSEP off
}

# Say what relocation value T (+ K) from function F refers to, from the
# instruction at AT of the section being read.
function judge(f, t, k, at,    s, g, cl) {
	s = target(t, k)
	if (((f SUBSEP s) in said) || ((sect SUBSEP at) in sanctioned))
		return
	said[f, s] = 1
	if (s ~ ("^" ep)) {
		print f ": " s
		bad = 1
		return
	}
	if (s !~ /^__[A-Za-z]/ || s ~ /^__stack_chk_/ || (s in allowed))
		return
	if (s ~ /^__realmode_unchecked_/) {
		print f ": " s " (a region marker left in the code)"
		bad = 1
		return
	}
	if (named_by_error(s, base(f)))
		return
	cl = libclass(s)
	if (cl != "") {
		reach(base(f))
		for (g in seen)
			if ((g SUBSEP cl) in snipin)
				return
	}
	print f ": " s " (a library routine" (errs != "" ? " no error names" : "") ")"
	bad = 1
}

# A relocation waiting for the next instruction's address.
function flush(next_addr) {
	if (pend_f != "")
		judge(pend_f, pend_t, next_addr - pend_r, pend_a)
	pend_f = ""
}

BEGIN {
	load()
	ep = "(__asan_|__kasan_|__hwasan_|__tsan_|__ubsan_|__sanitizer_cov_|__gcov|_mcount|mcount|__fentry__|__cyg_profile_func_)"
	bad = 0
	cur = ""
	part = ""
	nsym = 0
}

# objdump -t: VALUE FLAGS SECTION SIZE NAME (FLAGS has spaces).
part == "" && /file format elf64-x86-64/ { x86 = 1 }
part == "" && /^SYMBOL TABLE:/ { part = "syms"; next }
# (only the "__" ones: local ones by another name are nothing to judge)
part == "syms" && /^[0-9a-f]+ .*\t[0-9a-f]+ __[^ ]+$/ {
	nsym++
	sval[nsym] = hex($1)
	sname[nsym] = $NF
	ssize[nsym] = hex($(NF - 1))
	s = $0
	sub(/\t.*/, "", s)
	ssec[nsym] = s
	sub(/.* /, "", ssec[nsym])
	next
}
/^RELOCATION RECORDS FOR \[/ {
	part = ($0 ~ /\[\.toc\]/) ? "toc" : \
	       ($0 ~ /\[\.discard\.realmode\.unchecked\]/) ? "sanctioned" : \
	       "relocs"
	next
}
part == "toc" && /^[0-9a-f]+ +R_/ { toc[hex($1)] = $3; next }
part == "sanctioned" && /^[0-9a-f]+ +R_/ { sanctioned[place($3)] = 1; next }
/^Disassembly of section/ {
	part = "code"
	sect = $4
	sub(/:$/, "", sect)
}
part != "code" { next }

/^[0-9a-f]+ <[^>]*>:$/ {
	name = $0
	sub(/^[0-9a-f]+ </, "", name)
	sub(/>:$/, "", name)
	cur = ((name in marked) || (base(name) in marked)) ? name : ""
	next
}

# An instruction: the end of the one before.
/^ *[0-9a-f]+:\t[0-9a-f ]+\t/ {
	a = $1
	sub(/:$/, "", a)
	flush(hex(a))
	insn = hex(a)
	next
}

cur == "" { next }

/^\t+[0-9a-f]+: R_[A-Z0-9_]+\t/ {
	r = $1
	sub(/:$/, "", r)
	if ($2 ~ /^R_X86_64_(PC|PLT|GOTPC)/) {
		pend_f = cur
		pend_t = $3
		pend_r = hex(r)
		pend_a = insn
	} else {
		judge(cur, $3, 0, insn)
	}
	next
}

# A call to a function of this object, which no relocation names.
match($0, "<" ep "[A-Za-z0-9_.]*>") {
	judge(cur, substr($0, RSTART + 1, RLENGTH - 2), 0, insn)
}

END {
	flush(pend_r + 4)
	exit bad
}
