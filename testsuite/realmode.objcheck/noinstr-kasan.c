/*
 * Built without the plugin, with KASAN: the function in .noinstr.text
 * keeps its instrumentation, as objtool's noinstr validation would find.
 */
__attribute__((section(".noinstr.text"), noinline)) int noinstr_load(int *p)
{
	return *p;
}

int normal_load(int *p)
{
	return *p;
}
