/* An allow file line with two words is an error that names the line.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=$srcdir/realmode.dg/arg-allow-file-bad-line.list" } */
/* { dg-error "realmode: allow file '\[^'\]*arg-allow-file-bad-line.list', line 3: one symbol a line, then at most a '#' comment" "" { target *-*-* } 0 } */

int x;
