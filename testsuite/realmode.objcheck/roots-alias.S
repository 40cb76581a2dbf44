/*
 * Two names for one function, as lib/crc32.c's crc32_be and
 * crc32_be_base: a root is reported under the name it was given.
 */
#include "objcheck-asm.h"

	.text
	.globl crc32_be_base, crc32_be
	.type crc32_be_base, @function
	.type crc32_be, @function
crc32_be_base:
crc32_be:
	CALL(__asan_load4_noabort)
	RET
	.size crc32_be_base, .-crc32_be_base
	.size crc32_be, .-crc32_be
