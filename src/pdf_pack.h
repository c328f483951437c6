/* Packs a saved PDF's small objects into compressed object streams with a
 * cross-reference stream (PDF 1.5, allowed in PDF/A-2).  libharu 2.3.0
 * writes every object on its own, uncompressed; a tagged document has
 * hundreds of small structure elements, which packed take a fifth of the
 * room.  Knows only PDF syntax as libharu writes it: no libharu, no
 * layout.  Part of the PDF back end. */
#ifndef IOPDOC_PDF_PACK_H
#define IOPDOC_PDF_PACK_H

#include <stddef.h>

/* 0 and the packed file in *out (the caller frees it), or -1 when in is
 * not laid out as libharu writes files (then in is left to be used). */
int	pdf_pack(const unsigned char *in, size_t n, unsigned char **out, size_t *outn);

#endif
