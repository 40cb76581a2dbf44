/* Under KASAN, a is not instrumented (no_sanitize_address) but calls b,
   which is: a is not safe to call from a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static __attribute__((noinline)) int
b (int x)
{
  return x * 3;
}

static __attribute__((noinline, no_sanitize_address)) int
a (int x)
{
  return b (x) + 3; /* { dg-message "note: 'a' calls 'b', which is instrumented \\(address sanitizer\\)" } */
}

__attribute__((noinline, realmode)) int
f (int x)
{
  return a (x); /* { dg-error "call to 'a' from realmode function 'f' may reach instrumented code" } */
}
