/* Stand-ins for the benchmark's plain build (Makefile, build/plain/iopdoc):
 * there, out_pdf.o's calls of the tagging and PDF/A entry points come
 * here instead (objcopy --redefine-sym NAME=plain_NAME), so the same PDF
 * device writes files without structure tree, marked content, XMP,
 * output intent, ToUnicode maps or 1.7 header, and tests/bench/bench.py
 * measures what those cost.  Not part of iopdoc. */
#include <stdint.h>

#include <hpdf.h>

#include "pdf_tag.h"
#include "pdfa.h"

struct pdf_tagger	*plain_tag_new(HPDF_Doc, const struct layout *);
int			 plain_pdfa_catalog(HPDF_Doc, const struct pdfa_meta *);
int			 plain_pdfa_tounicode(HPDF_Doc, HPDF_Font, const uint32_t unicode[256]);
void			 plain_pdfa_version(HPDF_Doc);

/* No tagger: out_pdf.c then marks no content and writes no tree. */
struct pdf_tagger *
plain_tag_new(HPDF_Doc pdf, const struct layout *l)
{
	(void)pdf;
	(void)l;
	return NULL;
}

int
plain_pdfa_catalog(HPDF_Doc pdf, const struct pdfa_meta *m)
{
	(void)pdf;
	(void)m;
	return 0;
}

int
plain_pdfa_tounicode(HPDF_Doc pdf, HPDF_Font font, const uint32_t unicode[256])
{
	(void)pdf;
	(void)font;
	(void)unicode;
	return 0;
}

/* libharu's own header version stays. */
void
plain_pdfa_version(HPDF_Doc pdf)
{
	(void)pdf;
}
