/* -finstrument-functions puts its entry and exit hooks into a helper's
   body, and they come along when it is inlined: in a realmode function
   they are removed.  The ordinary caller keeps them.  */
/* { dg-do compile } */
/* { dg-require-effective-target instrument_functions } */
/* { dg-options "-O2 -finstrument-functions" } */

static inline __attribute__((always_inline)) int
helper (int x)
{
  return x * 3;
}

__attribute__((noinline)) int
plain (int x)
{
  return helper (x);
}

__attribute__((noinline, realmode)) int
rm (int x)
{
  return helper (x) + 1;
}

/* { dg-final { scan-function plain "__cyg_profile_func_enter" } } */
/* { dg-final { scan-function-not rm "__cyg_profile_func" } } */
