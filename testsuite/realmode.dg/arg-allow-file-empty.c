/* allow-file= with an empty value is an error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=" } */
/* { dg-error "realmode: argument 'allow-file' needs a value: '-fplugin-arg-realmode-allow-file=...'" "" { target *-*-* } 0 } */

int x;
