// UBSan return (C++): no missing-return check in a realmode function.
// { dg-do compile }
// { dg-require-effective-target ubsan }
// { dg-options "-O2 -fsanitize=return -Wno-return-type" }

extern "C" {

__attribute__((noinline)) int
plain (int a)
{
  if (a)
    return 1;
}

__attribute__((noinline, realmode)) int
rm (int a)
{
  if (a)
    return 1;
}

}

// { dg-final { scan-function plain "__ubsan_handle_missing_return" } }
// { dg-final { scan-function-not rm "__ubsan_" } }
