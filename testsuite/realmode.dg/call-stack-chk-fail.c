/* __stack_chk_fail is always allowed: the stack protector is kept in a
   realmode function.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fstack-protector-all" } */

extern void use (char *) __attribute__((realmode));

__attribute__((noinline, realmode)) void
f (void)
{
  char buf[16];
  use (buf);
}

/* { dg-final { scan-function f "__stack_chk_fail" } } */
