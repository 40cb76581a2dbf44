/* -mrecord-mcount (x86_64 ftrace): a realmode function gets no
   __mcount_loc entry, so ftrace never patches it.  */
/* { dg-do compile } */
/* { dg-require-effective-target mrecord_mcount } */
/* { dg-options "-O2 -pg -mfentry -mrecord-mcount" } */

extern int g;

__attribute__((noinline)) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "__mcount_loc" } } */
/* { dg-final { scan-function-not rm "__mcount_loc" } } */
/* { dg-final { scan-assembler-times "__mcount_loc" 1 } } */
