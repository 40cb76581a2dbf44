/* -fplugin-arg-realmode-verbose names every kind of instrumentation the
   compilation asked for.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-require-effective-target sancov } */
/* { dg-require-effective-target gcov } */
/* { dg-require-effective-target pg } */
/* { dg-require-effective-target patchable_function_entry } */
/* { dg-options "-O2 -fplugin-arg-realmode-verbose -fsanitize=kernel-address,shift -fsanitize-coverage=trace-pc,trace-cmp -fprofile-arcs -pg -fpatchable-function-entry=2 -finstrument-functions" } */

__attribute__((noinline, realmode)) int
rm (int *p) /* { dg-message "note: realmode: 'rm': stripped kernel-address, undefined, coverage trace-pc, coverage trace-cmp, gcov, profiling \\(-pg\\), patchable entry, instrument-functions" } */
{
  return *p + 1;
}
