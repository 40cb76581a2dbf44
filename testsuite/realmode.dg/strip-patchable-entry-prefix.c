/* -fpatchable-function-entry=N,M puts M NOPs before the entry label: a
   realmode function gets neither them nor a record.  Only plain's record
   may be in the file.  */
/* { dg-do compile } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fpatchable-function-entry=3,1" { target { ! { powerpc64le-*-* && gcc13 } } } } */
/* ELFv2 GCC 13 and later take only 2 NOPs before the entry (the global
   entry's two instructions): "unsupported number of nops" otherwise.  */
/* { dg-options "-O2 -fpatchable-function-entry=3,2" { target { powerpc64le-*-* && gcc13 } } } */

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
