/* -Werror=attributes turns the warning into an error.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Werror=attributes" } */

int v __attribute__((realmode)); /* { dg-error "'realmode' attribute ignored: it applies only to functions" } */
/* { dg-prune-output "some warnings being treated as errors" } */
