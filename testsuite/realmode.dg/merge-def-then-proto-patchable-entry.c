/* A prototype with the attribute after the definition: no patchable entry
   in the definition.  */
/* { dg-do compile } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fpatchable-function-entry=2" } */

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

/* { dg-final { scan-function plain "__patchable_function_entries" } } */
/* { dg-final { scan-function-not rm "__patchable_function_entries|\\.LPFE" } } */
