/* A large structure copy becomes a call to memcpy during expansion (on
   x86_64 only with the libcall strategy): from a realmode function, an
   error with a note naming the copy.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

struct big
{
  long w[512];
};

__attribute__((noinline)) void
plain (struct big *d, const struct big *s)
{
  *d = *s;
}

__attribute__((noinline, realmode)) void
copy (struct big *d, const struct big *s)
{
  *d = *s; /* { dg-error "call to 'memcpy' from realmode function 'copy' may reach instrumented code" } */
  /* { dg-message "note: call to 'memcpy' generated for a structure copy" "" { target *-*-* } .-1 } */
}
