/* dg-skip-if on a target selector: UNSUPPORTED here.  */
/* { dg-do compile } */
/* { dg-skip-if "skipped everywhere" { *-*-* } } */

#error must not be compiled
