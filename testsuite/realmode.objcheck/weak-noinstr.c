/*
 * The same in noinstr code: a weak weak_fn() in .noinstr.text, called
 * from there.  Linked with weak-strong.c, the call goes to .text.
 */
#define noinstr __attribute__((section(".noinstr.text"), noinline))

noinstr __attribute__((weak)) int weak_fn(int *p)
{
	return p != 0;
}

noinstr int noinstr_weak_caller(int *p)
{
	return weak_fn(p) + 3;
}
