/* A libharu release other than the one src/pdf_hpdf.c was written for:
 * 2.4.4, in the form libharu 2.4's hpdf_version.h takes (the id and text
 * computed from the three numbers).  tests/seam/run.sh puts this folder
 * first on the include path and expects the seam to refuse to compile. */
#define HPDF_MAJOR_VERSION 2
#define HPDF_MINOR_VERSION 4
#define HPDF_BUGFIX_VERSION 4
#define HPDF_EXTRA_VERSION ""

#define hpdf_test_str(x) #x
#define hpdf_test_xstr(x) hpdf_test_str(x)
#define HPDF_VERSION_TEXT (hpdf_test_xstr(HPDF_MAJOR_VERSION) "." \
    hpdf_test_xstr(HPDF_MINOR_VERSION) "." hpdf_test_xstr(HPDF_BUGFIX_VERSION) HPDF_EXTRA_VERSION)
#define HPDF_VERSION_ID ((HPDF_MAJOR_VERSION) * 10000 + (HPDF_MINOR_VERSION) * 100 + \
    (HPDF_BUGFIX_VERSION))
