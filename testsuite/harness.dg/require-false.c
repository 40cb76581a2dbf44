/* dg-require-effective-target of a false effective target: UNSUPPORTED,
   whatever comes after it.  "native" is false for no compiler here, so
   the selector of the second line makes it apply everywhere.  */
/* { dg-require-effective-target gcc10_only } */
/* { dg-require-effective-target x86_64 { target { ! native && ! native } } } */
/* { dg-do compile } */

#error must not be compiled
