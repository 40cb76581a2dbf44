/* A call to a target_clones function goes to a dispatcher that the
   loader resolves to one of its versions.  When the function is not
   realmode, an error whose note says to mark it (not its resolver,
   which cannot be marked).  call-target-clones-realmode.c: marked, it
   is accepted.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

__attribute__((target_clones ("avx2", "default"))) int
tc (int x) /* { dg-message "note: 'tc' has 'target_clones': the loader picks one of its versions, and not all are realmode; mark it 'realmode'" } */
{
  return x * 3;
}

__attribute__((noinline, realmode)) int
rm (int x)
{
  return tc (x) + 1; /* { dg-error "call to 'tc' from realmode function 'rm' may reach instrumented code" } */
}
