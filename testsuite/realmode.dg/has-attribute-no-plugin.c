/* Without the plugin, __has_attribute(realmode) is false.  */
/* { dg-do compile } */
/* { dg-realmode-no-plugin } */
/* { dg-options "-O2" } */

#if __has_attribute(realmode)
#error __has_attribute(realmode) is true without the plugin
#endif

int no_realmode = 1;

/* { dg-final { scan-assembler "no_realmode" } } */
