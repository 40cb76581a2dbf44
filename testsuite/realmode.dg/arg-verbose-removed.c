/* -fplugin-arg-realmode-verbose counts the instrumentation calls the
   strip pass removed: here the UBSan check the front end put in before a
   later prototype made the function realmode.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift -fplugin-arg-realmode-verbose" } */

__attribute__((noinline)) int
rm (int a, int b) /* { dg-message "note: realmode: 'rm': stripped undefined; removed 1 instrumentation call$" } */
{
  return a << b;
}

int rm (int a, int b) __attribute__((realmode));
