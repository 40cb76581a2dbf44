/* The kind of a message counts: dg-error does not match a warning and
   dg-warning does not match an error.  The wrong directives come first
   and are xfailed; the right ones then match.  */
/* { dg-do compile } */

#warning only a warning /* { dg-error "only a warning" "error is not a warning" { xfail *-*-* } } */
/* { dg-warning "only a warning" "" { target *-*-* } .-1 } */
#error only an error /* { dg-warning "only an error" "warning is not an error" { xfail *-*-* } } */
/* { dg-error "only an error" "" { target *-*-* } .-1 } */
#warning any kind /* { dg-message "any kind" } */
