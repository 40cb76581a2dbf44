/* UBSan object-size: no object size check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=object-size" } */

struct s { int a[4]; } g;

__attribute__((noinline)) int
plain (int i)
{
  return g.a[i];
}

__attribute__((noinline, realmode)) int
rm (int i)
{
  return g.a[i];
}

/* { dg-final { scan-function plain "__ubsan_handle_type_mismatch" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
