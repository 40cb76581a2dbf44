/* scan-function on ppc64le ELFv2 bodies: a global entry point setting up
   the TOC, .localentry, and -mprofile-kernel's call of _mcount.  */
/* { dg-do compile { target powerpc64le-*-* } } */
/* { dg-require-effective-target mprofile_kernel } */
/* { dg-options "-O2 -pg -mprofile-kernel" } */

extern void foo (void);
extern int counter;

void
calls_foo (void)
{
  counter++;
  foo ();
}

int
no_foo (int x)
{
  return x * 3;
}

/* { dg-final { scan-function calls_foo {\.localentry\s+calls_foo} } } */
/* { dg-final { scan-function calls_foo {\.TOC\.} } } */
/* { dg-final { scan-function calls_foo {\mbl\s+_mcount\M} } } */
/* { dg-final { scan-function calls_foo {\mbl\s+foo\M} } } */
/* { dg-final { scan-function-times no_foo {\mbl\s+_mcount\M} 1 } } */
/* { dg-final { scan-function-not no_foo {\mfoo\M|\.localentry} } } */
