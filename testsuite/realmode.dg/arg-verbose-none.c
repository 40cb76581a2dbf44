/* -fplugin-arg-realmode-verbose without any instrumentation: the note
   says there was nothing to strip.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-verbose" } */

__attribute__((noinline, realmode)) int
rm (int *p) /* { dg-message "note: realmode: 'rm': no instrumentation enabled" } */
{
  return *p + 1;
}
