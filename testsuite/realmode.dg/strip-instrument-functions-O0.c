/* -finstrument-functions at -O0: no __cyg_profile_func_* calls in a
   realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target instrument_functions } */
/* { dg-options "-O0 -finstrument-functions" } */

extern int g;

int
plain (int *p)
{
  return *p + g;
}

__attribute__((realmode)) int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "__cyg_profile_func_enter" } } */
/* { dg-final { scan-function-not rm "__cyg_profile_func_" } } */
