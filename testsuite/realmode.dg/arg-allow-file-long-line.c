/* Allow file lines may be of any length (C++ symbols are long): a line
   of 2000 characters is a symbol like any other.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-allow-file=$srcdir/realmode.dg/arg-allow-file-long.list" } */

extern void realmode_long_symbol_ok (void);

__attribute__((noinline, realmode)) void
f (void)
{
  realmode_long_symbol_ok ();
}
