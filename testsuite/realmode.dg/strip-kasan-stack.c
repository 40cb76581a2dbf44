/* KASAN stack instrumentation: a realmode function's frame gets no
   redzones and no shadow poisoning.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address --param asan-stack=1 -fplugin-arg-realmode-allow=use" } */

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

/* Left redzone 0xf1f1f1f1 (-235802127) and frame magic 0x41b58ab3
   (1102416563), as x86_64 and ppc64le write them.  */
/* { dg-final { scan-function plain "-235802127|0xf1f1" } } */
/* { dg-final { scan-function plain "1102416563|0x41b5" } } */
/* { dg-final { scan-function-not rm "-235802127|0xf1f1" } } */
/* { dg-final { scan-function-not rm "1102416563|0x41b5" } } */
