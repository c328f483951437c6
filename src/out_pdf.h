/* The PDF device, on libharu: the one interface of the PDF back end
 * (out_pdf.c, out_pdf_font.c and out_pdf_image.c with pdf_tag.c, pdfa.c,
 * pdf_pack.c and pdf_hpdf.c, the seam to libharu's internals) to the rest
 * of the program.  It provides the
 * font metrics the layout measures with, draws laid-out pages, writes
 * the metadata and bookmarks, and saves through memory so the file is
 * written atomically.  Included by render.c, run.c (pdf_cache_free),
 * out_pdf.c and out_pdf_image.c, the unit tests and the fuzz target. */
#ifndef IOPDOC_OUT_PDF_H
#define IOPDOC_OUT_PDF_H

#include <stddef.h>

struct doc;
struct layout;
struct metrics;
struct pdf_device;
struct template;

/* Opens a PDF document with the template's fonts.  Returns 0, or -1
 * after reporting (a font missing or unreadable). */
int			 pdf_open(const struct template *, struct pdf_device **);
const struct metrics	*pdf_metrics(struct pdf_device *);
/* Draws the pages and writes metadata; 0 or -1 after reporting.  The
 * layout must live until the document is saved: the structure tree is
 * written from it then. */
int			 pdf_render(struct pdf_device *, const struct doc *,
			    const struct layout *);
/* Saves to path atomically; *bytes gets the file size.  Returns 0, -1
 * after reporting, or PDF_SAVE_RETRY (not reported) when libharu 2.3.0
 * hit its subset-size bug: render again and call pdf_pad_fonts() first. */
#define PDF_SAVE_RETRY	(-2)
int			 pdf_save(struct pdf_device *, const char *path, size_t *bytes);
/* The same into memory: *data (the caller frees it) and *size. */
int			 pdf_save_memory(struct pdf_device *, unsigned char **data, size_t *size);
/* Marks one more glyph as used in every face, which changes the size of
 * each embedded subset (see pdf_save). */
void			 pdf_pad_fonts(struct pdf_device *);
void			 pdf_close(struct pdf_device *);
/* Frees what the process keeps between documents (the decoded logo). */
void			 pdf_cache_free(void);

#endif
