/* A static function that makes an indirect call through a pointer whose
   type is not realmode is not safe to call from a realmode function.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

static __attribute__((noinline)) int
helper (int (*fp) (int), int x)
{
  return fp (x) + 1; /* { dg-message "note: 'helper' makes an indirect call through a pointer whose type is not realmode" } */
}

__attribute__((noinline, realmode)) int
f (int (*fp) (int), int x)
{
  return helper (fp, x); /* { dg-error "call to 'helper' from realmode function 'f' may reach instrumented code" } */
}
