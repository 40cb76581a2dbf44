/* -ftrivial-auto-var-init=zero (GCC 12) clears a large local array with a
   call to memset (on x86_64 only with the libcall strategy): from a
   realmode function, an error with a note naming the option and the
   variable.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcc12 } */
/* { dg-options "-O2 -ftrivial-auto-var-init=zero" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

extern void use (char *) __attribute__((realmode));

__attribute__((noinline)) void
plain (void)
{
  char buf[1024];
  use (buf);
}

__attribute__((noinline, realmode)) void
f (void)
{
  char buf[1024]; /* { dg-error "call to 'memset' from realmode function 'f' may reach instrumented code" } */
  /* { dg-message "note: call to 'memset' generated for '-ftrivial-auto-var-init' of 'buf'" "" { target *-*-* } .-1 } */
  use (buf);
}
