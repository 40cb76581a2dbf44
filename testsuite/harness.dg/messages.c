/* dg-warning, dg-message (a note) and dg-bogus, with the line given in
   every way: implicit, ".", absolute, ".+N" and ".-N".  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall" } */

extern int old (void) __attribute__ ((deprecated)); /* { dg-message "declared here" } */

int
use_old (void)
{
  return old (); /* { dg-warning "'old' is deprecated" } */
}

int
unused (int x)
{
  int unused_a; /* { dg-warning "unused variable 'unused_a'" "" { target *-*-* } . } */
  /* { dg-warning "unused variable 'unused_b'" "" { target *-*-* } .+1 } */
  int unused_b;
  int unused_c;
  /* { dg-warning "unused variable 'unused_c'" "" { target *-*-* } .-1 } */
  int unused_d;
  return x; /* { dg-bogus "unused variable 'x'" } */
}

/* { dg-warning "unused variable 'unused_d'" "" { target *-*-* } 22 } */
