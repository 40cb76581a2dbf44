// A realmode member function of a class template is not instrumented in
// its instantiation.
// { dg-do compile }
// { dg-require-effective-target kasan }
// { dg-options "-O2 -fsanitize=kernel-address" }

template <typename T> struct S
{
  T v;
  T plain (T *p);
  __attribute__((realmode)) T rm (T *p);
};

template <typename T> __attribute__((noinline)) T
S<T>::plain (T *p)
{
  return *p + v;
}

template <typename T> __attribute__((noinline)) T
S<T>::rm (T *p)
{
  return *p + v;
}

template struct S<int>;

// { dg-final { scan-function _ZN1SIiE5plainEPi "__asan_load4_noabort" } }
// { dg-final { scan-function-not _ZN1SIiE2rmEPi "__asan_" } }
