/* Past hardcfr-max-inline-blocks, -fharden-control-flow-redundancy
   checks with a call to libgcc's __hardcfr_check: rejected in a realmode
   function, with the ways out in a note.  (That the plain function calls
   it is shown by call-hardcfr-optimize-off.c: this file makes no
   assembly.)  */
/* { dg-do compile } */
/* { dg-require-effective-target hardcfr } */
/* { dg-options "-O2 -fharden-control-flow-redundancy --param hardcfr-max-inline-blocks=0" } */

extern int g[16];

__attribute__((noinline)) int
plain (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (g[i])
      s += g[i];
  return s;
}

__attribute__((noinline, realmode)) int
rm (int n) /* { dg-error "call to '__hardcfr_check' from realmode function 'rm' may reach instrumented code" } */
{ /* { dg-message "the out-of-line check of '-fharden-control-flow-redundancy'" "" { target *-*-* } .-1 } */
  int s = 0;
  for (int i = 0; i < n; i++)
    if (g[i])
      s += g[i];
  return s;
}
