/* The root of the audit: the kexec switchover's copy loop. */
extern void copy_segments(void);

void kexec_copy_flush(void)
{
	copy_segments();
}
