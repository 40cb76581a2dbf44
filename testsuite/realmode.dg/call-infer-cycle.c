/* Mutually recursive static functions that get no instrumentation and
   call nothing else are safe to call from a realmode function.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fno-optimize-sibling-calls" } */

static int odd (unsigned int n);

static __attribute__((noinline)) int
even (unsigned int n)
{
  return n == 0 ? 1 : odd (n - 1);
}

static __attribute__((noinline)) int
odd (unsigned int n)
{
  return n == 0 ? 0 : even (n - 1);
}

__attribute__((noinline, realmode)) int
f (unsigned int n)
{
  return even (n);
}

/* The cycle is still there.  */
/* { dg-final { scan-function even {\s(call|bl)\s+odd\M} } } */
/* { dg-final { scan-function odd {\s(call|bl)\s+even\M} } } */
