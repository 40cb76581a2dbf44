/* allow= with an empty value is an error, like allow alone.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow=" } */
/* { dg-error "realmode: argument 'allow' needs a value: '-fplugin-arg-realmode-allow=...'" "" { target *-*-* } 0 } */

int x;
