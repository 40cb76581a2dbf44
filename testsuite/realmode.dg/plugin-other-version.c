/* A plugin built for another GCC version (gcc-11's loaded by gcc-12 and
   the reverse) stops with one clear error, never a crash.  */
/* { dg-do compile } */
/* { dg-realmode-other-plugin } */
/* { dg-error "realmode: the plugin was built for (GCC \[0-9.\]+, not \[0-9.\]+|another build of GCC \[0-9.\]+ \\(other target or configure options\\)); rebuild it with 'make CC=<this compiler>'" "" { target *-*-* } 0 } */

int x;
