// With the plugin loaded, C++ sees the attribute through __has_attribute
// and, as gnu::realmode, through __has_cpp_attribute.
// { dg-do compile }
// { dg-options "-O2" }

#if !__has_attribute(realmode)
#error __has_attribute(realmode) is false with the plugin
#endif

#if !__has_cpp_attribute(gnu::realmode)
#error __has_cpp_attribute(gnu::realmode) is false with the plugin
#endif

int has_realmode = 1;

// { dg-final { scan-assembler "has_realmode" } }
