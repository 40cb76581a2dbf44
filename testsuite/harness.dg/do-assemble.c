/* dg-do assemble builds an object file.  */
/* { dg-do assemble } */

int f (int x) { return x + 1; }
