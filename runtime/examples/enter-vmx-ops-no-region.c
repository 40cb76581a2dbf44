// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * What the plugin says about an unsafe realmode function: enter_vmx_ops()
 * marked realmode, but without the region that says the code after the
 * in_interrupt() early return runs with the MMU on.  Its call to
 * enable_kernel_altivec(), an ordinary instrumented function, is then a
 * call that real-mode code could make, and the compile fails:
 *
 *   error: call to 'enable_kernel_altivec' from realmode function
 *          'enter_vmx_ops' may reach instrumented code
 *   note: 'enable_kernel_altivec' is not declared realmode
 *
 * runtime/vmx-helper.c has the right version.  `make demo` and the
 * testsuite compile this file with the runtime's KASAN flags.
 */
#include "realmode.h"
#include "thread_info.h"
#include "vmx.h"

int __realmode enter_vmx_ops(void)
{
	if (in_interrupt())
		return 0;

	preempt_disable();
	enable_kernel_altivec();
	return 1;
}
