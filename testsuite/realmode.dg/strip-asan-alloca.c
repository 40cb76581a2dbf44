/* ASan alloca redzones: none in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target asan } */
/* { dg-options "-O2 -fsanitize=address -fplugin-arg-realmode-allow=use" } */

extern void use (char *);

__attribute__((noinline)) void
plain (unsigned long n)
{
  use (__builtin_alloca (n));
}

__attribute__((noinline, realmode)) void
rm (unsigned long n)
{
  use (__builtin_alloca (n));
}

/* { dg-final { scan-function plain "__asan_alloca_poison" } } */
/* { dg-final { scan-function plain "__asan_allocas_unpoison" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
