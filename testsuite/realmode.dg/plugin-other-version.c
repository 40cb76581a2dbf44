/* A plugin built for another GCC version (gcc-11's loaded by gcc-12, gcc-13's
   by gcc-14, and the reverse) stops with one clear error, never a crash:
   the loader checks the version before the plugin proper is loaded, which
   from GCC 13 on would fail with an undefined symbol.  */
/* { dg-do compile } */
/* { dg-realmode-other-plugin } */
/* { dg-error "realmode: the plugin was built for (GCC \[0-9.\]+, not \[0-9.\]+|another build of GCC \[0-9.\]+ \\(other target or configure options\\)); rebuild it with 'make CC=<this compiler>'" "" { target *-*-* } 0 } */

int x;
