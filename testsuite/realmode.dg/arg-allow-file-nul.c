/* An allow file line with a NUL byte is an error that says so (not that
   the line is too long).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=$srcdir/realmode.dg/arg-allow-file-nul.list" } */
/* { dg-error "realmode: allow file '\[^'\]*arg-allow-file-nul.list', line 2: a NUL byte; the file must be text" "" { target *-*-* } 0 } */

int x;
