/* Built with KASAN: both functions carry instrumentation. */
int enter_vmx_ops(int *p)
{
	return *p;
}

void deep_instrumented(int *p)
{
	*p = 1;
}
