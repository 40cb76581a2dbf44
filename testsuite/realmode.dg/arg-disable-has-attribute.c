/* -fplugin-arg-realmode-disable: code written for the plugin still
   builds; __has_attribute(realmode) stays true and misuse still warns.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-disable" } */

#if !__has_attribute(realmode)
#error realmode attribute not known
#endif

int v __attribute__((realmode)); /* { dg-warning "'realmode' attribute ignored: it applies only to functions" } */

__attribute__((realmode)) int
rm (int *p)
{
  return *p + v;
}
