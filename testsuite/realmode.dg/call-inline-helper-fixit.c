/* The note about an instrumented out-of-line inline helper carries a
   fix-it hint that makes the helper always_inline.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fdiagnostics-parseable-fixits" } */

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

/* { dg-message "call-inline-helper-fixit.c\":\\\{8:1-8:1\\\}:\"__attribute__\\(\\(always_inline\\)\\) \"" "fix-it" { target *-*-* } 0 } */
