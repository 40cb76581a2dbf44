/* A plain inline helper that is one asm statement, kept out of line
   because its sanitizer attributes differ (as powerpc's get_current()
   in Linux 6.1): its compiled code has nothing that KASAN instruments,
   so rule 4 accepts the call, and the copy is recorded as found safe.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -pg" } */

static inline __attribute__((no_instrument_function)) unsigned long
get_current (void)
{
  unsigned long r;

  __asm__ ("" : "=r" (r));
  return r;
}

__attribute__((noinline)) unsigned long
plain (void)
{
  return get_current ();
}

__attribute__((noinline, realmode)) unsigned long
rm (void)
{
  return get_current () + 1;
}

/* { dg-final { scan-function rm {\mget_current\M} } } */
/* { dg-final { scan-assembler {\.discard\.realmode\.inferred} } } */
