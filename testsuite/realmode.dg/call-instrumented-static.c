/* A static function of this file that is instrumented is not safe to
   call from a realmode function: the note says to mark it realmode.  An
   ordinary function may call it.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static __attribute__((noinline)) int
helper (int *p) /* { dg-message "note: 'helper' is instrumented in this translation unit \\(address sanitizer: its code refers to __asan_\[a-z0-9_\]*\\); mark it 'realmode'" } */
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
