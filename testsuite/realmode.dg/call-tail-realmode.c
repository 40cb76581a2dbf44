/* A tail call to a realmode function is fine, and stays a tail call.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern int rm_ext (int) __attribute__((realmode));

__attribute__((noinline, realmode)) int
f (int x)
{
  return rm_ext (x);
}

/* { dg-final { scan-function f {\mjmp\s+rm_ext\M} { target x86_64-*-* } } } */
/* ppc64le does not sibcall a function that may be in another module.  */
/* { dg-final { scan-function f {\mbl?\s+rm_ext\M} { target powerpc64le-*-* } } } */
/* aarch64 does, with a b.  */
/* { dg-final { scan-function f {^\tb\s+rm_ext\M} { target aarch64-*-* } } } */
