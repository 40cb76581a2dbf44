/* User-space ASan: no stack redzones or fake stack in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target asan } */
/* { dg-options "-O2 -fsanitize=address -fplugin-arg-realmode-allow=use" } */

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

/* { dg-final { scan-function plain "-235802127|0xf1f1" } } */
/* { dg-final { scan-function-not rm "-235802127|0xf1f1" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
