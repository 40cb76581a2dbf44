/* disable takes no value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-disable=yes" } */
/* { dg-error "realmode: argument 'disable' takes no value" "" { target *-*-* } 0 } */

int x;
