/* -finstrument-functions: no __cyg_profile_func_enter/exit in a realmode
   function.  */
/* { dg-do compile } */
/* { dg-require-effective-target instrument_functions } */
/* { dg-options "-O2 -finstrument-functions" } */

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
/* { dg-final { scan-function plain "__cyg_profile_func_exit" } } */
/* { dg-final { scan-function-not rm "__cyg_profile_func_" } } */
