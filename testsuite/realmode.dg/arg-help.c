/* -fplugin-arg-realmode-help prints the plugin's help, which lists its
   arguments, and the compilation goes on.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-realmode-help" } */

/* { dg-message "\\(-fplugin-arg-realmode-NAME\\\[=VALUE\\\]\\):" "" { target *-*-* } 0 } */
/* { dg-message "allow=SYM\\\[:SYM\\.\\.\\.\\\] +\[a-z\]" "" { target *-*-* } 0 } */
/* { dg-message "allow-file=PATH +\[a-z\]" "" { target *-*-* } 0 } */
/* { dg-message "warn +\[a-z\]" "" { target *-*-* } 0 } */
/* { dg-message "verbose +\[a-z\]" "" { target *-*-* } 0 } */
/* { dg-message "disable +\[a-z\]" "" { target *-*-* } 0 } */
/* { dg-message "help +\[a-z\]" "" { target *-*-* } 0 } */
/* (Each pattern must follow some text on its line.)  The prose around
   them: */
/* { dg-prune-output "realmode \[0-9.\]+: " } */
/* { dg-prune-output "instrumentation|-finstrument-functions" } */
/* { dg-prune-output "to (a realmode|an uninstrumented) function" } */

int
f (int *p)
{
  return *p;
}

/* { dg-final { scan-function f "\[(\]%rdi\[)\]|0\[(\]3\[)\]|\[\[\]x0\[\]\]" } } */
