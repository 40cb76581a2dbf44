/* -pg -mprofile-kernel (ppc64le ftrace) is stripped from a realmode
   function at every optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target mprofile_kernel } */
/* { dg-options "-pg -mprofile-kernel" } */

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

/* { dg-final { scan-function plain "bl _mcount" } } */
/* { dg-final { scan-function-not rm "mcount" } } */
