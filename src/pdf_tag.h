/* Tagged PDF: marked content on the pages and the structure tree that
 * the layout's nodes describe.  Part of the PDF back end (libharu 2.3.0
 * knows nothing of marked content, so BDC/EMC are written into the page
 * streams through pdf_hpdf.h, only outside text objects and paths);
 * included by out_pdf.c only. */
#ifndef IOPDOC_PDF_TAG_H
#define IOPDOC_PDF_TAG_H

#include <stdbool.h>
#include <stddef.h>

#include <hpdf.h>

struct box;
struct layout;
struct pdf_tagger;

struct pdf_tagger	*tag_new(HPDF_Doc, const struct layout *);
void			 tag_free(struct pdf_tagger *);

/* Starts page number pageno (0-based). */
void	tag_page(struct pdf_tagger *, HPDF_Page, size_t pageno);
/* Whether box b belongs to other marked content than the open one: the
 * caller then ends its text object and calls tag_switch. */
bool	tag_differs(const struct pdf_tagger *, const struct box *);
/* Closes the open marked content and opens b's; 0, or -1 when the page
 * is inside a text object or path (a bug). */
int	tag_switch(struct pdf_tagger *, const struct box *);
/* Whether the node wants its extent (a Figure's /BBox). */
bool	tag_wants_extent(const struct pdf_tagger *, int node);
/* Records that node's content covers this rectangle of the page (pt). */
void	tag_extent(struct pdf_tagger *, int node, float x0, float y0, float x1, float y1);
/* Closes the page's marked content; -1 if it cannot. */
int	tag_end_page(struct pdf_tagger *);
/* The catalog entries and a placeholder root; the tree itself is written
 * when the file is packed: tag_pack_extra gives pdf_pack what it needs. */
int	tag_finish(struct pdf_tagger *, HPDF_Page *pages);
struct pack_extra;
void	tag_pack_extra(struct pdf_tagger *, struct pack_extra *);

#endif
