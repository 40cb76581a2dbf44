/* dg-do link builds a program but does not run it; a link error is an
   excess error.  */
/* { dg-do link } */

int main (void) { return 0; }
