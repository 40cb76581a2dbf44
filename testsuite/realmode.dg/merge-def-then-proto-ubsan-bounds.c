/* UBSan bounds checks, inserted while the body was parsed, are removed
   when a later prototype makes the function realmode.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=bounds" } */

struct s { int a[8]; int n; };

__attribute__((noinline)) int
plain (struct s *s, int i)
{
  return s->a[i];
}

__attribute__((noinline)) int
rm (struct s *s, int i)
{
  return s->a[i];
}

int rm (struct s *s, int i) __attribute__((realmode));

/* { dg-final { scan-function plain "__ubsan_handle_out_of_bounds" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
