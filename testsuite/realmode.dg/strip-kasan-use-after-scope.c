/* KASAN use-after-scope: no poisoning of scoped locals in a realmode
   function.  Arrays over 256 bytes are poisoned by calls, which the scan
   sees on every target.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address --param asan-stack=1 -fsanitize-address-use-after-scope -fplugin-arg-realmode-allow=use" } */

extern void use (char *);

__attribute__((noinline)) void
plain (int n)
{
  for (int i = 0; i < n; i++)
    {
      char buf[512];
      use (buf);
    }
}

__attribute__((noinline, realmode)) void
rm (int n)
{
  for (int i = 0; i < n; i++)
    {
      char buf[512];
      use (buf);
    }
}

/* { dg-final { scan-function plain "__asan_poison_stack_memory" } } */
/* { dg-final { scan-function plain "__asan_unpoison_stack_memory" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
