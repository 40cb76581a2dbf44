/* An allow file that is a directory opens but cannot be read: an error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=$srcdir/realmode.dg" } */
/* { dg-error "realmode: cannot read allow file '\[^'\]*realmode.dg': Is a directory" "" { target *-*-* } 0 } */

int x;
