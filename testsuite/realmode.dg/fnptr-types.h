/* What the fnptr-*.c and fnptr-*.C tests share: a realmode function
   type and a plain one of the same signature, and a function of each
   kind.  */

typedef int rmfn (int) __attribute__((realmode));
typedef int plainfn (int);

int plainf (int);
__attribute__((realmode)) int rmf (int);
