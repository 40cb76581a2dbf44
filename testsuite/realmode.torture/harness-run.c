/* Torture self-test of the harness: dg-do run at every optimisation
   level.  */
/* { dg-do run } */

extern void abort (void);

static int __attribute__ ((noinline))
sum (const int *v, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

int
main (void)
{
  static const int v[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
  if (sum (v, 10) != 55)
    abort ();
  return 0;
}
