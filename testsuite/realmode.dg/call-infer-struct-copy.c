/* A static function checked on behalf of a realmode function: the memcpy
   that expansion creates for its structure copy is an error that names
   both.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

struct big
{
  long w[512];
};

static __attribute__((noinline)) void
helper (struct big *d, const struct big *s)
{
  *d = *s; /* { dg-error "call to 'memcpy' from 'helper', which realmode function 'f' calls, may reach instrumented code" } */
  /* { dg-message "note: call to 'memcpy' generated for a structure copy" "" { target *-*-* } .-1 } */
}

__attribute__((noinline, realmode)) void
f (struct big *d, const struct big *s)
{
  helper (d, s);
}
