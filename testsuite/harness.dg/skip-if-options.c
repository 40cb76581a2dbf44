/* dg-skip-if on options: skipped only when an option matches.  */
/* { dg-do compile } */
/* { dg-options "-O2 -DHARNESS" } */
/* { dg-skip-if "not for -O0" { *-*-* } { "-O0" } { "" } } */
/* { dg-skip-if "not without -DHARNESS" { *-*-* } { "*" } { "-DHARNESS" } } */

int f (int x) { return x; }
/* { dg-final { scan-function f "" } } */
