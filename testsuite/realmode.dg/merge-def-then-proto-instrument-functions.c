/* A prototype with the attribute after the definition: no
   -finstrument-functions calls in the definition.  */
/* { dg-do compile } */
/* { dg-require-effective-target instrument_functions } */
/* { dg-options "-O2 -finstrument-functions" } */

extern int g;

__attribute__((noinline)) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline)) int
rm (int *p)
{
  return *p + g;
}

int rm (int *p) __attribute__((realmode));

/* { dg-final { scan-function plain "__cyg_profile_func_enter" } } */
/* { dg-final { scan-function-not rm "__cyg_profile_func_" } } */
