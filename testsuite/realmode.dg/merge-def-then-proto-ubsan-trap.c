/* UBSan in trap mode, attribute on a prototype after the definition:
   the front end put the shift check's trap in while parsing the body,
   before it knew, and a trap cannot be told from the user's own
   __builtin_trap (): the plugin says so, and the trap stays.  Given
   before the definition, the attribute leaves no trap.  */
/* { dg-do compile } */
/* { dg-require-effective-target ubsan } */
/* { dg-options "-O2 -fsanitize=shift -fsanitize-undefined-trap-on-error" } */

__attribute__((noinline)) int
plain (int a, int b)
{
  return a << b;
}

__attribute__((noinline)) int
late (int a, int b)
{
  return a << b;
}

int late (int a, int b) __attribute__((realmode)); /* { dg-warning "'realmode' given after the definition of 'late': the UBSan checks already inserted in its body in trap mode stay" } */

int early (int a, int b) __attribute__((realmode));

__attribute__((noinline)) int
early (int a, int b)
{
  return a << b;
}

int early (int a, int b);

/* x86_64 traps with ud2, ppc64le with conditional traps (twnei, tdlti),
   aarch64 with brk #1000.  */
/* { dg-final { scan-function plain {ud2|\tt[dw]|\tbrk\s} } } */
/* { dg-final { scan-function late {ud2|\tt[dw]|\tbrk\s} } } */
/* { dg-final { scan-function-not early {ud2|\tt[dw]|\tbrk\s} } } */
