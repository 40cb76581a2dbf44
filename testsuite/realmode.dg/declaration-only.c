/* On a declaration alone the attribute is a promise: accepted silently,
   calls to the function are ordinary calls.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall" } */

extern int asm_helper (int) __attribute__((realmode));

int
caller (int x)
{
  return asm_helper (x) + 1;
}

/* { dg-final { scan-function caller "asm_helper" } } */
