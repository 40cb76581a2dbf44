/* The flags Linux 6.1 builds ppc64le KASAN objects with (outline KASAN,
   -pg -mprofile-kernel, zeroed locals): a realmode function carries none
   of the instrumentation, its neighbour all of it.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target mprofile_kernel } */
/* { dg-options "-O2 -fsanitize=kernel-address -fasan-shadow-offset=0xa80e000000000000 --param asan-globals=1 --param asan-instrumentation-with-call-threshold=0 --param asan-instrument-allocas=1 --param asan-stack=0 -pg -mprofile-kernel -fplugin-arg-realmode-allow=use" } */
/* { dg-additional-options "-ftrivial-auto-var-init=zero" { target gcc12 } } */

extern void use (char *);

__attribute__((noinline)) int
plain (int *p)
{
  char buf[16];
  use (buf);
  return *p;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  char buf[16];
  use (buf);
  return *p;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function plain "_mcount" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
/* { dg-final { scan-function-not rm "_mcount" } } */
