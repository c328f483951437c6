/* The PDF/A-2b parts of the PDF device: XMP metadata, the sRGB output
 * intent, ToUnicode maps of the simple fonts and the version header, and
 * PDF text strings.  Part of the PDF back end (it builds libharu objects
 * through pdf_hpdf.h, since libharu's own PDF/A helpers are broken);
 * included by out_pdf.c, pdf_tag.c (pdfa_utf16) and the unit tests. */
#ifndef IOPDOC_PDFA_H
#define IOPDOC_PDFA_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include <hpdf.h>

/* What the Info dictionary says, written again in the XMP: one source, so
 * that the two cannot disagree.  Strings are UTF-8; NULL: absent. */
struct pdfa_meta {
	const char	*title, *author, *subject, *keywords;
	const char	*creator, *producer;
	const char	*lang;		/* "sv-SE" */
	bool		 ua;		/* claim PDF/UA-1 (the file is tagged) */
	struct tm	 when;		/* creation and modification, UTC */
};

/* Adds the XMP metadata stream and the output intent to the catalog. */
int	pdfa_catalog(HPDF_Doc, const struct pdfa_meta *);

/* Gives a simple font a ToUnicode CMap: unicode[code] is the character
 * of each byte code used, 0 for codes not used. */
int	pdfa_tounicode(HPDF_Doc, HPDF_Font, const uint32_t unicode[256]);

/* ISO 19005-2, 6.1.13: no string object of a PDF/A file is longer. */
#define PDFA_STRING_MAX	32767

/* Appends a text string's bytes to the buffer: UTF-16BE with its byte
 * order mark, at most PDFA_STRING_MAX bytes; a longer text is cut after a
 * whole character and ends in "…". */
struct buf;
void	pdfa_utf16(struct buf *, const char *utf8);

/* Adds key to a dictionary (the Info dictionary, an outline item) as a
 * PDF text string: pdfa_utf16's bytes. */
int	pdfa_add_text(HPDF_Doc, HPDF_Dict, const char *key, const char *utf8);

/* Sets the version header to 1.7 (with its binary comment); call last,
 * since libharu raises the version on its own for some features. */
void	pdfa_version(HPDF_Doc);

#endif
