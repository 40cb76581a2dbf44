// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * loader.c - the realmode.so that -fplugin loads: it checks that this is
 * the GCC the plugin was built for, and only then loads the plugin proper
 * (realmode-core.so beside it) and hands over to its plugin_init.
 *
 * Why: from GCC 13 on, a plugin built for another major version does not
 * get as far as its plugin_init.  Its references to cc1's internals do
 * not resolve, and GCC's dlopen fails with "undefined symbol: ..." and
 * nothing else, so the plugin could never say which GCC it was built for
 * and how to rebuild it.  This file refers to two functions of cc1 only,
 * error() and plugin_default_version_check(), which every GCC the plugin
 * supports has, with the same C++ names.
 *
 * Built like the plugin (C++ to GCC) but not part of the kernel's copy:
 * the kernel builds its plugins with the compiler it uses.
 */
#include "gcc-plugin.h"
#include "plugin-version.h"
#include "diagnostic-core.h"
#include "../version-check.h"
#include <dlfcn.h>
#include <limits.h>
#include <string.h>

#define PLUGIN_EXPORT __attribute__((visibility("default")))

PLUGIN_EXPORT int plugin_is_GPL_compatible;

typedef int (*plugin_init_fn)(struct plugin_name_args *,
			      struct plugin_gcc_version *);

#define CORE_NAME "realmode-core.so"

/* realmode-core.so in the directory of this file, whatever its name. */
static const char *core_path(void)
{
	static char path[PATH_MAX];
	const char *slash;
	Dl_info self;
	size_t dir;

	if (!dladdr((void *)&core_path, &self) || !self.dli_fname)
		return NULL;
	slash = strrchr(self.dli_fname, '/');
	dir = slash ? (size_t)(slash - self.dli_fname + 1) : 0;
	if (dir + sizeof(CORE_NAME) > sizeof(path))
		return NULL;
	memcpy(path, self.dli_fname, dir);
	memcpy(path + dir, CORE_NAME, sizeof(CORE_NAME));
	return path;
}

PLUGIN_EXPORT int plugin_init(struct plugin_name_args *info,
			      struct plugin_gcc_version *version)
{
	plugin_init_fn init;
	const char *path;
	void *core;

	/* One error and no callbacks: the compilation fails cleanly. */
	if (!realmode_version_ok(version))
		return 0;
	path = core_path();
	if (!path) {
		error("realmode: cannot tell where realmode.so was loaded from");
		return 0;
	}
	/* Never closed: GCC calls into it until cc1 exits. */
	core = dlopen(path, RTLD_NOW);
	if (!core) {
		error("realmode: cannot load %s: %s", path, dlerror());
		return 0;
	}
	init = (plugin_init_fn)dlsym(core, "plugin_init");
	if (!init) {
		error("realmode: %s has no %<plugin_init%>", path);
		return 0;
	}
	return init(info, version);
}
