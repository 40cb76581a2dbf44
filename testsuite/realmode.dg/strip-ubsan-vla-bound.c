/* UBSan vla-bound: no VLA size check in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=vla-bound -fplugin-arg-realmode-allow=use" } */

extern void use (char *);

__attribute__((noinline)) void
plain (int n)
{
  char buf[n];
  use (buf);
}

__attribute__((noinline, realmode)) void
rm (int n)
{
  char buf[n];
  use (buf);
}

/* { dg-final { scan-function plain "__ubsan_handle_vla_bound_not_positive" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
