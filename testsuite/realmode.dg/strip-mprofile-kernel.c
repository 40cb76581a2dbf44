/* -pg -mprofile-kernel (ppc64le ftrace): no _mcount call before the
   frame in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target mprofile_kernel } */
/* { dg-options "-O2 -pg -mprofile-kernel" } */

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

/* -mprofile-kernel calls _mcount right after mflr, with no frame.  */
/* { dg-final { scan-function plain "mflr 0\n\tbl _mcount" } } */
/* { dg-final { scan-function-not rm "mcount" } } */
