/* GCC splits helper's loop out of it (helper.part.0, ipa-split) and
   keeps the rest as helper, which rm calls: the note names the part
   instead of saying that helper calls helper.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift" } */

extern int g[64];

static int
helper (int *p, int n)
{
  int i, s = 0;

  if (__builtin_expect (n < 2, 1))
    return n;
  for (i = 0; i < n; i++)
    s += g[i] << p[i];
  return s;
}

__attribute__((realmode)) int
rm (int *p, int n)
{
  return helper (p, n) + 1; /* { dg-error "call to 'helper' from realmode function 'rm' may reach instrumented code" } */
}

int
plain (int *p, int n)
{
  return helper (p, n) + helper (p + 1, n - 1);
}

/* { dg-message "note: 'helper' calls a part of itself that GCC moved out of line \\('helper\\.part\\.0'\\), which is instrumented \\(undefined behaviour sanitizer" "" { target *-*-* } 0 } */
/* { dg-bogus "'helper' calls 'helper'" "" { target *-*-* } 0 } */
