/* A static function called from a realmode function is judged by its
   final code: the memcpy that expansion creates for its structure copy
   makes it unsafe, and the notes say so.  */
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
  *d = *s; /* { dg-message "note: 'helper' calls 'memcpy', which is not declared realmode" } */
  /* { dg-message "note: call to 'memcpy' generated for a structure copy" "" { target *-*-* } .-1 } */
}

__attribute__((noinline, realmode)) void
f (struct big *d, const struct big *s)
{
  helper (d, s); /* { dg-error "call to 'helper' from realmode function 'f' may reach instrumented code" } */
}
