/* An incremental link (-r) with -flto and -fno-fat-lto-objects writes
   LTO bytecode again and no code: the plugin at link time cannot check
   it and says so.  */
/* { dg-do link } */
/* { dg-options "-O2 -flto -ffat-lto-objects -r" } */
/* { dg-realmode-lto-link-options "-fno-fat-lto-objects" } */
/* { dg-error "realmode: an incremental link \\('-r'\\) with '-flto' generates no code, so the realmode functions cannot be checked; add '-flinker-output=nolto-rel'" "" { target *-*-* } 0 } */

#include "realmode.h"

__realmode int rm (int i) { return i + 1; }
