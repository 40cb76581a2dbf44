/* help takes no value.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-help=yes" } */
/* { dg-error "realmode: argument 'help' takes no value" "" { target *-*-* } 0 } */

int x;
