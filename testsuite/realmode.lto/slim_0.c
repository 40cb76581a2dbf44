/* -flto without -ffat-lto-objects generates no code at compile time:
   the plugin cannot check the file and says so.  */
/* { dg-do link } */
/* { dg-options "-O2 -flto -fno-fat-lto-objects" } */
/* { dg-error "realmode: '-flto' without '-ffat-lto-objects' generates no code here, so the realmode functions of this file cannot be checked; add '-ffat-lto-objects'" "" { target *-*-* } 0 } */

#include "realmode.h"

__realmode int rm (int i) { return i + 1; }
