/* A GNU C nested function is a function of its own, not realmode:
   calling it from a realmode function under KASAN is an error.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

__attribute__((noinline, realmode)) int
f (int *p)
{
  __attribute__((noinline)) int get (void) { return *p + 1; } /* { dg-message "note: 'get' is instrumented in this translation unit \\(address sanitizer: its code refers to __asan_\[a-z0-9_\]*\\); mark it 'realmode'" } */
  return get (); /* { dg-error "call to 'get' from realmode function 'f' may reach instrumented code" } */
}
