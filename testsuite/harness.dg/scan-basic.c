/* Each scan kind passes where it should: calls_foo calls foo, no_foo does
   not, and the file has exactly one call of foo.  */
/* { dg-do compile } */

extern void foo (void);

void
calls_foo (void)
{
  foo ();
}

int
no_foo (int x)
{
  return x * 3;
}

/* { dg-final { scan-assembler "foo" } } */
/* { dg-final { scan-assembler-not "this_symbol_is_not_there" } } */
/* { dg-final { scan-assembler-times {\s(call|jmp|bl|b)\s+foo\M} 1 } } */
/* { dg-final { scan-function calls_foo "foo" } } */
/* { dg-final { scan-function-not no_foo "foo" } } */
/* { dg-final { scan-function-times calls_foo {\mfoo\M} 1 } } */
/* { dg-final { scan-function-times no_foo "foo" 0 } } */
/* Patterns are matched line by line.  */
/* { dg-final { scan-function calls_foo {^\s+(call|jmp|bl|b)\s+foo\M} } } */
/* { dg-final { scan-function-not calls_foo {foo.*\n.*foo} } } */
