/* KASAN stack redzones are stripped from a realmode function at every
   optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-fsanitize=kernel-address --param asan-stack=1 -fplugin-arg-realmode-allow=use" } */

extern void use (char *);

__attribute__((noinline)) void
plain (void)
{
  char buf[32];
  use (buf);
}

__attribute__((noinline, realmode)) void
rm (void)
{
  char buf[32];
  use (buf);
}

/* Left redzone 0xf1f1f1f1 as x86_64 and ppc64le write it.  */
/* { dg-final { scan-function plain "-235802127|0xf1f1" } } */
/* { dg-final { scan-function-not rm "-235802127|0xf1f1" } } */
