/* KASAN is stripped from a realmode function at every optimisation level.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-fsanitize=kernel-address" } */

__attribute__((noinline)) void
plain (int *p)
{
  *p = 1;
}

__attribute__((noinline, realmode)) void
rm (int *p)
{
  *p = 1;
}

/* { dg-final { scan-function plain "__asan_store4_noabort" } } */
/* { dg-final { scan-function-not rm "__asan_" } } */
