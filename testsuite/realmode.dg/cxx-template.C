// An instantiation of a realmode function template is not instrumented.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

template <typename T> __attribute__((noinline)) T
plain (T *p)
{
  return *p + 1;
}

template <typename T> __attribute__((noinline, realmode)) T
rm (T *p)
{
  return *p + 1;
}

template int plain<int> (int *);
template int rm<int> (int *);

// { dg-final { scan-function _Z5plainIiET_PS0_ "__asan_load4_noabort" } }
// { dg-final { scan-function-not _Z2rmIiET_PS0_ "__asan_" } }
