// UBSan vptr (C++): no dynamic type check in a realmode function.
// { dg-do compile }
// { dg-require-effective-target ubsan }
// { dg-options "-O2 -fsanitize=vptr" }

struct B
{
  virtual int f ();
  int v;
};

extern "C" {

__attribute__((noinline)) int
plain (B *b)
{
  return b->v;
}

__attribute__((noinline, realmode)) int
rm (B *b)
{
  return b->v;
}

}

// { dg-final { scan-function plain "__ubsan_handle_dynamic_type_cache_miss" } }
// { dg-final { scan-function-not rm "__ubsan_" } }
