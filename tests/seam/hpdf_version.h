/* A libharu release other than the one src/pdf_hpdf.c was written for
 * (2.4.4, as its hpdf_version.h says): tests/seam/run.sh puts this folder
 * first on the include path and expects the seam to refuse to compile. */
#define HPDF_MAJOR_VERSION 2
#define HPDF_MINOR_VERSION 4
#define HPDF_BUGFIX_VERSION 4
#define HPDF_EXTRA_VERSION ""
#define HPDF_VERSION_TEXT "2.4.4"
#define HPDF_VERSION_ID 20404
