/* Without the popcnt instruction, __builtin_popcountl is a call to
   libgcc's __popcountdi2 (an optab libcall): an error from a realmode
   function (call-target-builtin-popcnt.c: with the instruction, none).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -mno-popcnt" } */

__attribute__((noinline, realmode)) int
rm (unsigned long x)
{
  return __builtin_popcountl (x); /* { dg-error "call to '__popcountdi2' from realmode function 'rm' may reach instrumented code" } */
  /* { dg-message "note: '__builtin_popcountl' stays a call to '__popcountdi2', which is not declared realmode" "" { target *-*-* } .-1 } */
}
