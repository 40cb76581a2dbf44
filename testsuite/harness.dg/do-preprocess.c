/* dg-do preprocess: the scans read the preprocessed output.  */
/* { dg-do preprocess } */

#define GREETING hello_from_the_preprocessor

int GREETING;

/* { dg-final { scan-assembler "int hello_from_the_preprocessor;" } } */
/* { dg-final { scan-assembler-not "GREETING" } } */
