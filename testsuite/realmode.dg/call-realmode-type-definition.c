/* A function declared with a realmode function type is checked where
   it is defined, not just trusted where it is called: its call to an
   external function not declared realmode is an error.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

typedef int fnt (int *) __attribute__((realmode));

fnt helper;
extern int ext (int *); /* { dg-message "note: 'ext' is not declared realmode" } */

__attribute__((noinline, realmode)) int
rm (int *p)
{
  return helper (p) + 1;
}

__attribute__((noinline)) int
helper (int *p)
{
  return *p + ext (p); /* { dg-error "call to 'ext' from realmode function 'helper' may reach instrumented code" } */
}

__attribute__((noinline)) int
plain (int *p)
{
  return *p + ext (p);
}
