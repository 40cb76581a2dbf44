/* dg-do run: exit status 0 is a PASS.  Cross compilers' programs run
   under qemu.  */
/* { dg-do run } */

extern void abort (void);

static int __attribute__ ((noinline))
twice (int x)
{
  return 2 * x;
}

int
main (void)
{
  if (twice (21) != 42)
    abort ();
  return 0;
}
