/* Everything at once (KASAN, UBSan, KCOV, gcov, -pg,
   -finstrument-functions) is stripped from a realmode function at every
   optimisation level, and kept in its neighbour.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target sancov } */
/* { dg-require-effective-target gcov } */
/* { dg-require-effective-target pg } */
/* { dg-options "-fsanitize=kernel-address,shift -fsanitize-coverage=trace-pc -fprofile-arcs -pg -finstrument-functions" } */
/* { dg-additional-options "-fno-section-anchors" { target powerpc64le-*-* aarch64-*-* } } */

__attribute__((noinline)) int
plain (int *p, int b)
{
  if (b > 2)
    return *p << b;
  return 0;
}

__attribute__((noinline, realmode)) int
rm (int *p, int b)
{
  if (b > 2)
    return *p << b;
  return 0;
}

/* { dg-final { scan-function plain "__asan_load4_noabort" } } */
/* { dg-final { scan-function plain "__ubsan_handle_shift_out_of_bounds" } } */
/* { dg-final { scan-function plain "__sanitizer_cov_trace_pc" } } */
/* { dg-final { scan-function plain "__gcov0\\.plain" } } */
/* { dg-final { scan-function plain "mcount" } } */
/* { dg-final { scan-function plain "__cyg_profile_func_enter" } } */
/* { dg-final { scan-function-not rm "__asan_|__ubsan_|__sanitizer_cov_|__gcov|mcount|__cyg_profile" } } */
