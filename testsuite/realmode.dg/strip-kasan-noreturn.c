/* KASAN: no __asan_handle_no_return before a noreturn call in a realmode
   function.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fplugin-arg-realmode-allow=die" } */

extern void die (void) __attribute__((noreturn));

__attribute__((noinline)) void
plain (int a)
{
  if (a)
    die ();
}

__attribute__((noinline, realmode)) void
rm (int a)
{
  if (a)
    die ();
}

/* { dg-final { scan-function plain "__asan_handle_no_return" } } */
/* { dg-final { scan-function rm "die" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
