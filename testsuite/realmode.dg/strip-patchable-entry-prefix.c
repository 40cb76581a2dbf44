/* -fpatchable-function-entry=N,M puts M NOPs before the entry label: a
   realmode function gets neither them nor a record.  Only plain's record
   may be in the file.  */
/* { dg-do compile } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fpatchable-function-entry=3,1" } */

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

/* { dg-final { scan-assembler-times "__patchable_function_entries" 1 } } */
/* { dg-final { scan-assembler-times "\\.LPFE\[0-9\]+:" 1 } } */
/* { dg-final { scan-function-not rm "\tnop" } } */
