/* A large local initializer is cleared with a call to memset (on x86_64
   only with the libcall strategy): from a realmode function, an error
   with a note naming the variable.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

extern void use (int *) __attribute__((realmode));

__attribute__((noinline)) void
plain (void)
{
  int ranges[256] = { 1 };
  use (ranges);
}

__attribute__((noinline, realmode)) void
f (void)
{
  int ranges[256] = { 1 }; /* { dg-error "call to 'memset' from realmode function 'f' may reach instrumented code" } */
  /* { dg-message "note: call to 'memset' generated for the initialization of 'ranges'" "" { target *-*-* } .-1 } */
  use (ranges);
}
