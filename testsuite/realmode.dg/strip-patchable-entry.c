/* -fpatchable-function-entry=N: a realmode function gets no NOP area and
   no __patchable_function_entries record.  */
/* { dg-do compile } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fpatchable-function-entry=2" } */

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

/* { dg-final { scan-function plain "__patchable_function_entries" } } */
/* { dg-final { scan-function plain "\\.LPFE" } } */
/* { dg-final { scan-function-not rm "__patchable_function_entries" } } */
/* { dg-final { scan-function-not rm "\\.LPFE|\tnop" } } */
