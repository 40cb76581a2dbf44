// UBSan enum (C++): no check of loaded enum values in a realmode function.
// { dg-do compile }
// { dg-require-effective-target ubsan }
// { dg-options "-O2 -fsanitize=enum" }

enum e { A, B, C };

extern "C" {

__attribute__((noinline)) int
plain (enum e *p)
{
  return *p == B ? 3 : 5;
}

__attribute__((noinline, realmode)) int
rm (enum e *p)
{
  return *p == B ? 3 : 5;
}

}

// { dg-final { scan-function plain "__ubsan_handle_load_invalid_value" } }
// { dg-final { scan-function-not rm "__ubsan_" } }
