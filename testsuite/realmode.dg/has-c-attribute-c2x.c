/* In C2x, the plugin's attribute is known as gnu::realmode.  */
/* { dg-do compile } */
/* { dg-options "-O2 -std=c2x" } */

#if !__has_c_attribute(gnu::realmode)
#error __has_c_attribute(gnu::realmode) is false with the plugin
#endif

int has_realmode = 1;

/* { dg-final { scan-assembler "has_realmode" } } */
