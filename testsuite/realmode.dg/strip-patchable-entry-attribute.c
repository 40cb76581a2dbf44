/* realmode wins over an explicit patchable_function_entry attribute on
   the same function: no NOP area, no record.  */
/* { dg-do compile } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2" } */

extern int g;

__attribute__((noinline, patchable_function_entry (2))) int
plain (int *p)
{
  return *p + g;
}

__attribute__((noinline, patchable_function_entry (2), realmode)) int
rm (int *p)
{
  return *p + g;
}

/* { dg-final { scan-function plain "__patchable_function_entries" } } */
/* { dg-final { scan-function-not rm "__patchable_function_entries" } } */
/* { dg-final { scan-function-not rm "\tnop" } } */
