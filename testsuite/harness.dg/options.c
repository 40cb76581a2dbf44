/* dg-options and dg-additional-options, with and without selectors; the
   options reach the compiler in the documented order.  */
/* { dg-do compile } */
/* { dg-additional-options "-DADDED_FIRST=1" } */
/* { dg-options "-O1 -DFROM_DG_OPTIONS=1 -DORDER=1" } */
/* { dg-options "-O1 -DFROM_DG_OPTIONS=2 -DORDER=1" { target { ! x86_64-*-* && ! powerpc64le-*-* && ! aarch64-*-* } } } */
/* { dg-additional-options "-UORDER -DORDER=2 -DSELECTED=1" { target *-*-* } } */
/* { dg-additional-options "-DNOT_SELECTED=1" { target { ! *-*-* } } } */

#if FROM_DG_OPTIONS != 1
#error dg-options not applied, or a deselected dg-options applied
#endif
#if ADDED_FIRST != 1 || SELECTED != 1
#error dg-additional-options not applied
#endif
#if ORDER != 2
#error dg-additional-options must come after dg-options
#endif
#ifdef NOT_SELECTED
#error dg-additional-options applied for a deselected target
#endif
#if !defined __OPTIMIZE__ || defined __OPTIMIZE_SIZE__
#error not optimizing
#endif

int f (int x) { return x; }
