/* dg-do run of an ASan program, where such programs can run.  */
/* { dg-do run } */
/* { dg-require-effective-target asan_run } */
/* { dg-options "-O1 -fsanitize=address" } */

int buf[4];

int
main (void)
{
  volatile int i = 3;
  return buf[i];
}
