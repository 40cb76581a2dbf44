/* Under KASAN, a static function of this file marked no_sanitize_address
   gets no instrumentation, so it is safe to call from a realmode function
   without being marked.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address" } */

static __attribute__((noinline, no_sanitize_address)) int
helper (int *p)
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
f (int *p)
{
  return helper (p);
}

/* { dg-final { scan-function f {\mhelper\M} } } */
/* { dg-final { scan-assembler-not "__asan_" } } */
