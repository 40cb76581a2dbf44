/* A strong weak_fn(), not realmode: it overrides every weak one. */
int weak_fn(int *p)
{
	return *p;
}
