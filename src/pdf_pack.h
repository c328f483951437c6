/* Packs a saved PDF's small objects into compressed object streams with a
 * cross-reference stream (PDF 1.5, allowed in PDF/A-2).  libharu 2.3.0
 * writes every object on its own, uncompressed; a tagged document has
 * hundreds of small structure elements, which packed take a fifth of the
 * room.  Knows only PDF syntax as libharu 2.3.0 writes it (the release
 * pdf_hpdf.c insists on): no libharu, no layout.  Part of the PDF back
 * end; included by out_pdf.c and pdf_tag.c. */
#ifndef IOPDOC_PDF_PACK_H
#define IOPDOC_PDF_PACK_H

#include <stddef.h>

/* Objects written as text by the caller rather than as libharu objects
 * (the structure tree: thousands of small dictionaries): write() is told
 * the number its first new object gets and fills *bodies with the bodies
 * of the new objects and *replace with the new body of object replace_num
 * (a placeholder libharu wrote); it returns the number of new objects, or
 * -1.  The bodies are freed by pdf_pack. */
struct pack_extra {
	unsigned	 replace_num;
	long		(*write)(void *ctx, unsigned first, char ***bodies, char **replace);
	void		*ctx;
};

/* 0 and the packed file in *out (the caller frees it), or -1 when in is
 * not laid out as libharu writes files (then in is left to be used, unless
 * extra was given: then the file cannot be used). */
int	pdf_pack(const unsigned char *in, size_t n, const struct pack_extra *extra,
	    unsigned char **out, size_t *outn);

#endif
