/* A recursive static function that gets no instrumentation and calls
   nothing else is safe to call from a realmode function.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fno-optimize-sibling-calls" } */

static __attribute__((noinline)) unsigned long
fact (unsigned long n)
{
  return n < 2 ? 1 : n * fact (n - 1);
}

__attribute__((noinline, realmode)) unsigned long
f (unsigned long n)
{
  return fact (n);
}

/* The recursion is still there.  */
/* { dg-final { scan-function fact {\s(call|bl)\s+fact\M} } } */
/* { dg-final { scan-function f {\s(call|jmp|bl?)\s+fact\M} } } */
