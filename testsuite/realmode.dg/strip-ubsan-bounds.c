/* UBSan bounds: no array index check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=bounds" } */

struct s { int a[8]; int n; };

__attribute__((noinline)) int
plain (struct s *s, int i)
{
  return s->a[i];
}

__attribute__((noinline, realmode)) int
rm (struct s *s, int i)
{
  return s->a[i];
}

/* { dg-final { scan-function plain "__ubsan_handle_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
