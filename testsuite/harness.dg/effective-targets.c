/* Effective targets agree with what the compiler says about itself, and
   selectors combine triplets and effective targets with !, && and ||.  */
/* { dg-do compile } */
/* { dg-additional-options "-DET_X86_64=1" { target x86_64 } } */
/* { dg-additional-options "-DET_PPC64LE=1" { target powerpc64le } } */
/* { dg-additional-options "-DTRIPLET_X86_64=1" { target x86_64-*-* } } */
/* { dg-additional-options "-DTRIPLET_PPC64LE=1" { target powerpc64le-*-* } } */
/* { dg-additional-options "-DET_AARCH64=1" { target aarch64 } } */
/* { dg-additional-options "-DTRIPLET_AARCH64=1" { target aarch64-*-* } } */
/* { dg-additional-options "-DTRIPLET_LINUX=1" { target *-*-linux* } } */
/* { dg-additional-options "-DET_ONLY=11" { target gcc11_only } } */
/* { dg-additional-options "-DET_ONLY=12" { target gcc12_only } } */
/* { dg-additional-options "-DET_ONLY=13" { target gcc13_only } } */
/* { dg-additional-options "-DET_ONLY=14" { target gcc14_only } } */
/* { dg-additional-options "-DET_UP12=1" { target gcc12 } } */
/* { dg-additional-options "-DET_UP13=1" { target gcc13 } } */
/* { dg-additional-options "-DET_UP14=1" { target gcc14 } } */
/* { dg-additional-options "-DET_UP15=1" { target gcc15 } } */
/* { dg-additional-options "-DANY_OF=1" { target x86_64-*-* powerpc64le-*-* aarch64-*-* } } */
/* { dg-additional-options "-DAND_NOT=1" { target { x86_64-*-* && ! powerpc64le } } } */
/* { dg-additional-options "-DAND_NOT=2" { target { powerpc64le-*-* && ! x86_64 } } } */
/* { dg-additional-options "-DAND_NOT=3" { target { aarch64-*-* && ! x86_64 && ! powerpc64le } } } */
/* { dg-additional-options "-DNOT_BOTH=1" { target { x86_64 && powerpc64le } } } */
/* { dg-additional-options "-DNOT_BOTH=2" { target { aarch64 && { x86_64 || powerpc64le } } } } */
/* { dg-additional-options "-DHAS_TSAN=1" { target { tsan && ! hwasan } } } */
/* { dg-additional-options "-DHAS_HWASAN=1" { target hwasan } } */
/* { dg-additional-options "-DNO_KCOV_ATTR=1" { target no_sanitize_coverage_attr } } */
/* { dg-additional-options "-DPLUGIN=1" { target plugin } } */
/* { dg-additional-options "-DMPROFILE_KERNEL=1" { target mprofile_kernel } } */
/* { dg-additional-options "-DMFENTRY=1" { target mfentry } } */

#if defined __x86_64__
# if !ET_X86_64 || !TRIPLET_X86_64 || ET_PPC64LE || TRIPLET_PPC64LE \
     || ET_AARCH64 || TRIPLET_AARCH64 || AND_NOT != 1
#  error x86_64 effective targets are wrong
# endif
# if MPROFILE_KERNEL || !MFENTRY
#  error x86_64 profiling effective targets are wrong
# endif
#elif defined __powerpc64__ && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
# if !ET_PPC64LE || !TRIPLET_PPC64LE || ET_X86_64 || TRIPLET_X86_64 \
     || ET_AARCH64 || TRIPLET_AARCH64 || AND_NOT != 2
#  error powerpc64le effective targets are wrong
# endif
# if !MPROFILE_KERNEL || MFENTRY
#  error powerpc64le profiling effective targets are wrong
# endif
#elif defined __aarch64__ && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
# if !ET_AARCH64 || !TRIPLET_AARCH64 || ET_X86_64 || TRIPLET_X86_64 \
     || ET_PPC64LE || TRIPLET_PPC64LE || AND_NOT != 3
#  error aarch64 effective targets are wrong
# endif
# if MPROFILE_KERNEL || MFENTRY
#  error aarch64 profiling effective targets are wrong
# endif
#else
# error unexpected target
#endif
#if !TRIPLET_LINUX || !ANY_OF || NOT_BOTH
# error triplet selectors are wrong
#endif
/* gccN is N or later, gccN_only N alone.  */
#if ET_ONLY != __GNUC__
# error gccN_only is wrong
#endif
#if (__GNUC__ >= 12) != (ET_UP12 + 0) || (__GNUC__ >= 13) != (ET_UP13 + 0) \
    || (__GNUC__ >= 14) != (ET_UP14 + 0) || (__GNUC__ >= 15) != (ET_UP15 + 0)
# error gccN is wrong
#endif
/* GCC 12 added the no_sanitize_coverage attribute.  */
#if (__GNUC__ >= 12) != (NO_KCOV_ATTR + 0)
# error no_sanitize_coverage_attr is wrong
#endif
/* Every compiler has TSan; aarch64 has HWASan, and x86_64 from GCC 14
   (on LAM).  */
#if defined __aarch64__ || (defined __x86_64__ && __GNUC__ >= 14)
# if !HAS_HWASAN
#  error hwasan is wrong
# endif
#elif !HAS_TSAN || HAS_HWASAN
# error tsan/hwasan are wrong
#endif

int f (int x) { return x; }
