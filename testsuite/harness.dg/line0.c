/* Messages without a location (cc1: warning: / cc1: note:) match line 0.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fno-rtti -Wno-realmode-harness-nonexistent" } */

/* { dg-warning "'-fno-rtti' is valid for C\\+\\+" "-fno-rtti" { target *-*-* } 0 } */
/* { dg-message "unrecognized command-line option '-Wno-realmode-harness-nonexistent'" "-Wno-" { target *-*-* } 0 } */

int
f (int x)
{
  return x;
}
