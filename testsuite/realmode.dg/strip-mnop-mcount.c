/* -mnop-mcount (x86_64 ftrace, call replaced by a NOP): a realmode
   function gets neither the NOP's __mcount_loc entry nor the NOP.  */
/* { dg-do compile } */
/* { dg-require-effective-target mrecord_mcount } */
/* { dg-options "-O2 -fno-pie -pg -mfentry -mrecord-mcount -mnop-mcount" } */

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
/* { dg-final { scan-function plain "0x0f, 0x1f, 0x44, 0x00, 0x00" } } */
/* { dg-final { scan-function-not rm "__mcount_loc" } } */
/* { dg-final { scan-function-not rm "0x0f, 0x1f, 0x44, 0x00, 0x00" } } */
