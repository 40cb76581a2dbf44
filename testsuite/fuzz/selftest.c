/* selftest.sh: each fuzz oracle must fail where it should (line numbers matter). */
#include "realmode.h"
extern void ext(void);
static volatile __int128 rmfz_s128 = 1000, rmfz_t128 = 7;
int g[8];
static int func_2(int n);
static int func_2(int n)
{
    int i, s = 0;
    for (i = 0; i < n; i++)
        s += g[i] * n;
    return s;
}
static __attribute__((realmode, noinline)) int func_1(int n)
{
    g[n & 7] += n * 3;
    rmfz_s128 = rmfz_s128 / rmfz_t128; /* rmfz:div128 */
    realmode_unchecked_begin();
    ext();
    realmode_unchecked_end();
    return func_2(n);
}
int main (void)
{
    return func_1(3);
}
