/* scan-function with profiling code and an __mcount_loc section switched
   to inside the body (x86_64: -pg -mfentry -mrecord-mcount).  */
/* { dg-do compile } */
/* { dg-require-effective-target mrecord_mcount } */
/* { dg-require-effective-target mfentry } */
/* { dg-options "-O2 -pg -mfentry -mrecord-mcount" } */

extern void foo (void);

void
calls_foo (void)
{
  foo ();
}

int
no_foo (int x)
{
  return x * 3;
}

/* { dg-final { scan-function calls_foo "__fentry__" } } */
/* { dg-final { scan-function calls_foo "__mcount_loc" } } */
/* { dg-final { scan-function calls_foo {\mfoo\M} } } */
/* { dg-final { scan-function-times no_foo "__mcount_loc" 1 } } */
/* { dg-final { scan-function-not no_foo {\mfoo\M} } } */
/* { dg-final { scan-assembler-times "__mcount_loc" 2 } } */
