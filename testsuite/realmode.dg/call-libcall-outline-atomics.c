/* aarch64 -moutline-atomics: an atomic add is a call to libgcc's
   __aarch64_ldadd4_acq_rel, and a compare-and-swap to __aarch64_cas8_sync:
   errors from a realmode function.  */
/* { dg-do compile { target aarch64-*-* } } */
/* { dg-options "-O2 -moutline-atomics" } */

__attribute__((noinline, realmode)) int
rm_add (int *p)
{
  return __atomic_fetch_add (p, 1, __ATOMIC_ACQ_REL); /* { dg-error "call to '__aarch64_ldadd4_acq_rel' from realmode function 'rm_add' may reach instrumented code" } */
  /* { dg-message "note: '__atomic_fetch_add_4' stays a call to '__aarch64_ldadd4_acq_rel'" "" { target *-*-* } .-1 } */
}

__attribute__((noinline, realmode)) long
rm_cas (long *p, long o, long n)
{
  return __sync_val_compare_and_swap (p, o, n); /* { dg-error "call to '__aarch64_cas8_sync' from realmode function 'rm_cas' may reach instrumented code" } */
  /* { dg-message "note: '__sync_val_compare_and_swap_8' stays a call to '__aarch64_cas8_sync'" "" { target *-*-* } .-1 } */
}

__attribute__((noinline)) int
plain (int *p)
{
  return __atomic_fetch_add (p, 1, __ATOMIC_ACQ_REL);
}
