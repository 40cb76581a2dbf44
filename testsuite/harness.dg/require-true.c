/* dg-require-effective-target of a true effective target: the test runs,
   with the feature it asked for.  */
/* { dg-do compile } */
/* { dg-require-effective-target gcov } */
/* { dg-require-effective-target pg } */
/* { dg-options "-O2 -fprofile-arcs -pg" } */

extern void foo (void);

void calls_foo (void) { foo (); }

/* { dg-final { scan-function calls_foo "__gcov|mcount" } } */
