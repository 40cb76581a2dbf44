/* -fplugin-arg-realmode-verbose: a note per realmode function, at its
   name, saying what was stripped.  */
/* { dg-do compile } */
/* { dg-require-effective-target kasan } */
/* { dg-options "-O2 -fsanitize=kernel-address -fplugin-arg-realmode-verbose" } */

__attribute__((noinline)) int
plain (int *p) /* { dg-bogus "realmode" } */
{
  return *p + 1;
}

__attribute__((noinline, realmode)) int
rm (int *p) /* { dg-message "note: realmode: 'rm': stripped kernel-address" } */
{
  return *p + 1;
}
