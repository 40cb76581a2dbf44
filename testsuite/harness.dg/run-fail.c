/* dg-do run with an xfail: a program exiting with 1 FAILs, xfail makes it
   an XFAIL.  */
/* { dg-do run { xfail *-*-* } } */

int
main (void)
{
  return 1;
}
