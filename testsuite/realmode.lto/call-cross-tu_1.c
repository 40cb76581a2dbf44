/* Second translation unit of call-cross-tu_0.c.  */
extern int ext (int);
int helper (int i) { return ext (i) + 1; }
