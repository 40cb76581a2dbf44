/* -fplugin-arg-realmode-warn: the memcpy of a structure copy is a
   warning, and the copy is compiled.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-warn" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

struct big
{
  long w[512];
};

__attribute__((noinline, realmode)) void
copy (struct big *d, const struct big *s)
{
  *d = *s; /* { dg-warning "call to 'memcpy' from realmode function 'copy' may reach instrumented code" } */
  /* { dg-message "note: call to 'memcpy' generated for a structure copy" "" { target *-*-* } .-1 } */
}

/* { dg-final { scan-function copy {\mmemcpy\M} } } */
