/* warn takes no value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-warn=yes" } */
/* { dg-error "realmode: argument 'warn' takes no value" "" { target *-*-* } 0 } */

int x;
