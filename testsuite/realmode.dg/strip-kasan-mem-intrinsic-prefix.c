/* --param asan-kernel-mem-intrinsic-prefix=1 (GCC 13) makes KASAN call
   __asan_memcpy instead of memcpy.  A realmode function is not KASAN
   code, so its copy stays a plain memcpy, judged like any (allowed here).  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan_mem_intrinsic_prefix } */
/* { dg-options "-O2 -fsanitize=kernel-address --param asan-kernel-mem-intrinsic-prefix=1 -fplugin-arg-realmode-allow=memcpy" } */

__attribute__((noinline)) void
plain (char *d, const char *s, unsigned long n)
{
  __builtin_memcpy (d, s, n);
}

__attribute__((noinline, realmode)) void
rm (char *d, const char *s, unsigned long n)
{
  __builtin_memcpy (d, s, n);
}

/* { dg-final { scan-function plain "__asan_memcpy" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function rm "\\mmemcpy\\M" } } */
