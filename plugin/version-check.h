/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * version-check.h - whether the compiler loading the plugin is the GCC
 * build it was compiled against, with one error that says how to rebuild
 * it when not.  Shared by the plugin and by the loader (plugin/loader/),
 * which may refer to nothing of cc1 but error() and
 * plugin_default_version_check(): include after plugin-version.h and
 * diagnostic-core.h.
 */
#ifndef REALMODE_VERSION_CHECK_H
#define REALMODE_VERSION_CHECK_H

static inline bool realmode_version_ok(struct plugin_gcc_version *version)
{
	if (plugin_default_version_check(version, &gcc_version))
		return true;
	if (strcmp(gcc_version.basever, version->basever))
		error("realmode: the plugin was built for GCC %s, not %s; "
		      "rebuild it with %<make CC=<this compiler>%>",
		      gcc_version.basever, version->basever);
	else
		error("realmode: the plugin was built for another build of "
		      "GCC %s (other target or configure options); rebuild "
		      "it with %<make CC=<this compiler>%>", version->basever);
	return false;
}

#endif /* REALMODE_VERSION_CHECK_H */
