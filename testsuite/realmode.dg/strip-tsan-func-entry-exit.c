/* TSan: no __tsan_func_entry/__tsan_func_exit in a realmode function.  */
/* { dg-do compile } */
/* { dg-require-effective-target tsan } */
/* { dg-options "-O2 -fsanitize=thread -fplugin-arg-realmode-allow=callee" } */

extern void callee (void);

__attribute__((noinline)) void
plain (void)
{
  callee ();
  callee ();
}

__attribute__((noinline, realmode)) void
rm (void)
{
  callee ();
  callee ();
}

/* { dg-final { scan-function plain "__tsan_func_entry" } } */
/* { dg-final { scan-function plain "__tsan_func_exit" } } */
/* { dg-final { scan-function-not rm "__tsan_func_" } } */
