/* An always_inline helper used once inside a sanctioned region and once
   after it: both copies of its structure copy have the same source
   line, and only the one inside the region is sanctioned.  The memcpy
   of the second is an error; a function that is not realmode may make
   both calls.  */
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
  *d = *s; /* { dg-error "call to 'memcpy' from realmode function 'rm' may reach instrumented code" } */
  /* { dg-message "note: call to 'memcpy' generated for a structure copy" "" { target *-*-* } .-1 } */
}

__attribute__((noinline)) void
plain (struct regs *d, const struct regs *s)
{
  save (d, s);
  save (d + 1, s);
}

__attribute__((noinline, realmode)) void
rm (struct regs *d, const struct regs *s)
{
  realmode_unchecked_begin ();
  save (d, s);
  realmode_unchecked_end ();
  save (d + 1, s);
}
