/* For the PDF device only: included by out_pdf.c and its modules
 * (out_pdf_font.c, out_pdf_image.c), never by anything outside the
 * device, whose interface is out_pdf.h.  The device's state (the libharu
 * document, each face, the logo) and the functions the modules share. */
#ifndef IOPDOC_OUT_PDF_INT_H
#define IOPDOC_OUT_PDF_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include <hpdf.h>

#include "layout.h"

struct doc;

struct face_state {
	const char	*name;		/* libharu's font name */
	HPDF_FontDef	 def;
	int16_t		*width[256];	/* cache by high byte; INT16_MIN: unknown */
	unsigned char	*encode;	/* code point -> byte, 0: none (64 K) */
	HPDF_Font	 font;
	int		 used;
};

/* An image the document embeds, by the file it came from. */
struct pdf_image {
	const char	*path;
	HPDF_Image	 image;
};

struct pdf_device {
	HPDF_Doc		 pdf;
	struct pdf_image	*images;	/* loaded, each once: the logos */
	size_t			 nimages, images_cap;
	const struct template	*t;
	struct face_state	 face[FACE__COUNT];
	struct metrics		 metrics;
	HPDF_UNICODE		 winansi[256];	/* byte -> code point */
	HPDF_STATUS		 error, detail;
	bool			 padded;	/* pdf_pad_fonts() was called */
	struct tm		 when;		/* creation date, UTC */
	struct pdf_tagger	*tagger;	/* kept until saving: it writes the tree */
	const char		*doing;		/* for the error message */
};

/* out_pdf.c: reports libharu's first error while doing something;
 * 0 when there was none, else -1. */
int	pdf_check_error(struct pdf_device *, const char *doing);

/* out_pdf_font.c: what is wrong with a font file libharu would be given
 * (NULL: nothing); the metrics' advance of a character in a face; each
 * face's encoding for the document (0, or -1 after reporting); a text's
 * codes in the face's encoding (the caller frees them). */
const char	*pdf_font_problem(const char *path);
int		 pdf_font_advance(void *ctx, enum face, uint32_t cp);
int		 pdf_font_encodings(struct pdf_device *, const struct doc *, const struct layout *);
char		*pdf_font_encode(const struct face_state *, const char *);

/* out_pdf_image.c: the metrics' height to width ratio of a logo (the
 * template's or a party's), which it checks and loads once per document
 * (-1 after reporting); the image loaded from path, or NULL. */
float		pdf_image_ratio(void *ctx, const char *path);
HPDF_Image	pdf_image_of(const struct pdf_device *, const char *path);

#endif
