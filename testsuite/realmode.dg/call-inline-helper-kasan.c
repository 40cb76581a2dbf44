/* GCC does not inline a plain static inline helper into a realmode
   function (their sanitizer attributes differ), so the helper is called
   out of line, and that copy is instrumented: an error, with a note at
   the helper.  The same call from an ordinary function is fine.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static inline int
helper (int *p) /* { dg-message "note: 'helper' is declared inline but was not inlined, and its out-of-line copy is instrumented \\(address sanitizer: its code refers to __asan_\[a-z0-9_\]*\\); mark it '__always_inline' or 'realmode'" } */
{
  *p += 1;
  return *p;
}

__attribute__((noinline)) int
plain (int *p)
{
  return helper (p);
}

__attribute__((noinline, realmode)) int
f (int *p)
{
  return helper (p); /* { dg-error "call to 'helper' from realmode function 'f' may reach instrumented code" } */
}
