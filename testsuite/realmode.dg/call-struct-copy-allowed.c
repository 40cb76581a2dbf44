/* allow=memcpy covers the memcpy that expansion creates for a structure
   copy.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow=memcpy" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

struct big
{
  long w[512];
};

__attribute__((noinline, realmode)) void
copy (struct big *d, const struct big *s)
{
  *d = *s;
}

/* { dg-final { scan-function copy {\mmemcpy\M} } } */
