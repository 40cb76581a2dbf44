/* Under KASAN, a is not instrumented (no_sanitize_address) but calls b,
   which is: a is not safe to call from a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static __attribute__((noinline)) int
b (int *p)
{
  *p *= 3;
  return *p;
}

static __attribute__((noinline, no_sanitize_address)) int
a (int *p)
{
  return b (p) + 3; /* { dg-message "note: 'a' calls 'b', which is instrumented \\(address sanitizer: its code refers to __asan_\[a-z0-9_\]*\\)" } */
}

__attribute__((noinline, realmode)) int
f (int *p)
{
  return a (p); /* { dg-error "call to 'a' from realmode function 'f' may reach instrumented code" } */
}
