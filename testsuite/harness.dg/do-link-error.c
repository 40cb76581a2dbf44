/* A link error (undefined reference) is not "error:" but a message of the
   linker: dg-message at line 0 matches it.  */
/* { dg-do link } */
/* { dg-message "undefined reference to .not_defined_anywhere." "" { target *-*-* } 0 } */

extern void not_defined_anywhere (void);

int main (void) { not_defined_anywhere (); return 0; }
