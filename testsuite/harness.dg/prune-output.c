/* dg-prune-output drops output lines before the excess-errors check.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall" } */
/* { dg-prune-output "unused variable 'pruned'" } */

int
f (int x)
{
  int pruned;
  return x;
}
