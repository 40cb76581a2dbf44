/* With the plugin loaded, __has_attribute(realmode) is true.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#if !__has_attribute(realmode)
#error __has_attribute(realmode) is false with the plugin
#endif

#if !__has_attribute(__realmode__)
#error __has_attribute(__realmode__) is false with the plugin
#endif

int has_realmode = 1;

/* { dg-final { scan-assembler "has_realmode" } } */
