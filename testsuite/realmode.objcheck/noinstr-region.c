/*
 * The kernel's instrumentation_begin()/instrumentation_end() in noinstr
 * code: a nop, and its place in .discard.instr_begin/.discard.instr_end
 * ("1b - .").  in_region's call is between them, outside's is not.
 * -DNO_MARKS builds the same code without the markers.
 */
#ifdef NO_MARKS
#define MARK(kind)	do { } while (0)
#else
#define MARK(kind)							\
	__asm__ volatile("999: nop\n\t"					\
			 ".pushsection .discard.instr_" #kind ",\"\",@progbits\n\t" \
			 ".long 999b - .\n\t"				\
			 ".popsection" ::: "memory")
#endif

#define noinstr __attribute__((section(".noinstr.text"), noinline))

void other(void);

noinstr void in_region(void)
{
	MARK(begin);
	other();
	MARK(end);
}

noinstr void outside(void)
{
	other();
}
