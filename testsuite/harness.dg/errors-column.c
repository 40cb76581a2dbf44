/* A column must follow the line number, so that the column of a message
   on another line is never taken for a line number; "N:" asks for
   column N.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
/* Line 29 has no message, the error below is at line 13, column 29.  */
/* { dg-error "undeclared" "column is not a line" { xfail *-*-* } 29 } */

int
f (void)
{
  /* { dg-message "reported only once" "" { target *-*-* } .+1 } */
  return                    undeclared_a; /* { dg-error "29: 'undeclared_a' undeclared" } */
}
