/* UBSan nonnull-attribute: no check of nonnull arguments in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=nonnull-attribute -fplugin-arg-realmode-allow=take" } */

extern void take (int *) __attribute__((nonnull));

__attribute__((noinline)) void
plain (int *p)
{
  take (p);
}

__attribute__((noinline, realmode)) void
rm (int *p)
{
  take (p);
}

/* { dg-final { scan-function plain "__ubsan_handle_nonnull_arg" } } */
/* { dg-final { scan-function-not rm "__ubsan_" } } */
