/* The same helper used twice, both times inside the sanctioned region:
   both memcpy calls are sanctioned, and each has its record for
   realmode-objcheck.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* { dg-additional-options "-mstringop-strategy=libcall" { target x86_64-*-* } } */

#include "realmode.h"

struct regs
{
  unsigned long r[2048];
};

static inline __attribute__((always_inline)) void
save (struct regs *d, const struct regs *s)
{
  *d = *s;
}

__attribute__((noinline, realmode)) void
rm (struct regs *d, const struct regs *s)
{
  realmode_unchecked_begin ();
  save (d, s);
  save (d + 1, s);
  realmode_unchecked_end ();
}

/* { dg-final { scan-function-times rm {\mmemcpy\M} 2 } } */
/* { dg-final { scan-assembler-times {\.quad\s+\.Lrealmode_unchecked_[0-9]+} 2 } } */
