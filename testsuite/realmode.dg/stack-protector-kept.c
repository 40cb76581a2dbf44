/* The stack protector is left as the build sets it: the canary is
   readable in real mode, so a realmode function keeps its check.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fstack-protector-all -fplugin-arg-realmode-allow=use" } */

extern void use (char *);

__attribute__((noinline)) void
plain (void)
{
  char buf[16];
  use (buf);
}

__attribute__((noinline, realmode)) void
rm (void)
{
  char buf[16];
  use (buf);
}

/* { dg-final { scan-function plain "__stack_chk_fail" } } */
/* { dg-final { scan-function rm "__stack_chk_fail" } } */
