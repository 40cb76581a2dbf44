/* -finstrument-functions-once (GCC 14): __cyg_profile_func_enter/exit
   called once per function, behind a guard: neither the calls nor the
   guard in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target instrument_functions_once } */
/* { dg-options "-O2 -finstrument-functions-once" } */

extern int g;

__attribute__((noinline)) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "__cyg_profile_func_enter" } } */
/* { dg-final { scan-function-not rm "__cyg_profile_func_|__cyg_profile_func_.*once" } } */
