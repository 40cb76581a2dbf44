/* The attribute takes no arguments: GCC's own error (its note says
   "expected 0" from GCC 13 on).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

int f (void) __attribute__((realmode (1))); /* { dg-error "wrong number of arguments specified for 'realmode' attribute" } */
/* { dg-message "expected between 0 and 0, found 1" "" { target { ! gcc13 } } .-1 } */
/* { dg-message "expected 0, found 1" "" { target gcc13 } .-2 } */
int g (void) __attribute__((realmode ("x"))); /* { dg-error "wrong number of arguments specified for 'realmode' attribute" } */
/* { dg-message "expected between 0 and 0, found 1" "" { target { ! gcc13 } } .-1 } */
/* { dg-message "expected 0, found 1" "" { target gcc13 } .-2 } */
