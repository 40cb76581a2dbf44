/* Where the file defines __always_inline (as the kernel does), the fix-it
   hint for an instrumented out-of-line inline helper inserts that.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fdiagnostics-parseable-fixits" } */

#define __always_inline inline __attribute__((always_inline))

static inline int
helper (int *p) /* { dg-message "note: '\[^'\]*' is declared inline but was not inlined" } */
{
  *p += 1;
  return *p;
}

__attribute__((noinline, realmode)) int
f (int *p)
{
  return helper (p); /* { dg-error "from realmode function 'f' may reach instrumented code" } */
}

/* { dg-message "call-inline-helper-fixit-macro.c\":\\\{10:1-10:1\\\}:\"__always_inline \"" "fix-it" { target *-*-* } 0 } */
