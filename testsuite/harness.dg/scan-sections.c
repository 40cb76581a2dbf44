/* scan-function on bodies with local labels, one section per function and
   a section switch inside the body (__patchable_function_entries).  */
/* { dg-do compile } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -ffunction-sections -fpatchable-function-entry=2" } */

extern void foo (int);
extern void bar (int);

void
loop_calls_foo (int n)
{
  for (int i = 0; i < n; i++)
    if (i & 1)
      foo (i);
    else
      bar (i);
}

int
leaf (int x)
{
  return x > 10 ? x * 7 : x - 1;
}

/* { dg-final { scan-assembler {\.text\.loop_calls_foo} } } */
/* { dg-final { scan-function loop_calls_foo {^\.L[A-Za-z0-9_]+:} } } */
/* { dg-final { scan-function loop_calls_foo "__patchable_function_entries" } } */
/* { dg-final { scan-function loop_calls_foo {\mfoo\M} } } */
/* { dg-final { scan-function loop_calls_foo {\mbar\M} } } */
/* { dg-final { scan-function leaf "__patchable_function_entries" } } */
/* { dg-final { scan-function-not leaf {\m(foo|bar)\M} } } */
/* Two nops at each entry.  */
/* { dg-final { scan-function-times leaf {^\s+nop$} 2 } } */
