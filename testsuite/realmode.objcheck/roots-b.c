/*
 * The middle of the call graph: a call into assembly (roots-asm.S), a
 * cycle, an indirect call, a runtime checking function, a function no
 * object defines (twice) and one only --runtime-file names.
 */
#define NOIPA __attribute__((noipa))

extern void copy_page(void);
extern void kasan_check_range(const void *p, unsigned long size, int write,
			      unsigned long ret_ip);
extern void undefined_fn(void);
extern void my_runtime_check(void);
extern void deep_instrumented(int *p);

void (*volatile copy_hook)(void);
int cycle_depth;

NOIPA void cycle_b(int n);

NOIPA void cycle_a(int n)
{
	if (n > 0)
		cycle_b(n - 1);
	undefined_fn();
}

NOIPA void cycle_b(int n)
{
	if (n > 0)
		cycle_a(n - 1);
	deep_instrumented(&cycle_depth);
}

NOIPA void runtime_user(const void *p)
{
	kasan_check_range(p, 8, 0, 0);
}

NOIPA void custom_user(void)
{
	my_runtime_check();
}

NOIPA void copy_segments(void)
{
	copy_page();
	cycle_a(3);
	runtime_user(&cycle_depth);
	custom_user();
	undefined_fn();
	copy_hook();
	cycle_depth++;
}
