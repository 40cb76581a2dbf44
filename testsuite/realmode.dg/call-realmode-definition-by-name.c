/* A function defined realmode with no prototype before it is declared
   realmode for the calls the compiler makes by name: the memcpy of a
   structure copy goes to this file's realmode memcpy.  */
/* { dg-do compile } */
/* { dg-options "-O2 -ffreestanding -fno-tree-loop-distribute-patterns" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

__attribute__((noinline, realmode)) void *
memcpy (void *d, const void *s, unsigned long n)
{
  char *dp = d;
  const char *sp = s;

  while (n--)
    *dp++ = *sp++;
  return d;
}

struct big
{
  long w[2048];
};

__attribute__((noinline, realmode)) void
copy (struct big *d, const struct big *s)
{
  *d = *s;
}

/* { dg-final { scan-function copy {\mmemcpy\M} } } */
