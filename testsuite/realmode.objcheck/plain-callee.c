/* The callee of clean-caller.c defined without realmode: a broken promise. */
void clean_callee(int *p)
{
	*p = 0;
}
