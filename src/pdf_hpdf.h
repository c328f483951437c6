/* The seam to libharu's internals: every operation the PDF device needs
 * that libharu 2.3.0's public API (hpdf.h) does not offer, by name.
 * pdf_hpdf.c is the only source file that includes libharu's private
 * headers or reads its private fields; it refuses to compile against any
 * other libharu release (README, "libharu releases").
 *
 * The rest of the program sees libharu's public view only: the Makefile
 * defines HPDF_SHARED, under which hpdf.h declares HPDF_Doc, HPDF_Page,
 * HPDF_Font, HPDF_Dict ... as opaque handles and no private function.
 * Objects built here belong to the document and are freed by HPDF_Free.
 * Included by out_pdf.c, out_pdf_font.c, pdf_tag.c and pdfa.c (the PDF
 * back end) only. */
#ifndef IOPDOC_PDF_HPDF_H
#define IOPDOC_PDF_HPDF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <hpdf.h>

/* Functions returning int give 0, or -1 when libharu failed: its error
 * handler has then been called with the reason. */

/* ---- fonts and encodings ---- */

/* Copies WinAnsiEncoding's table, byte -> code point (0: none). */
/* The release of the libhpdf linked at run time when it is not the one
 * this seam was compiled for (the header check says nothing of a
 * libhpdf.so found elsewhere by the loader), or NULL. */
const char	*hpdfx_wrong_release(void);

int		 hpdfx_winansi(HPDF_Doc, HPDF_UNICODE map[256]);
/* Whether a character has a standard glyph name (for /Differences). */
bool		 hpdfx_has_glyph_name(uint32_t cp);
/* The font definition libharu loaded under font_name, or NULL. */
HPDF_FontDef	 hpdfx_fontdef(HPDF_Doc, const char *font_name);
/* A TrueType font's glyph of character cp (BMP), 0 when it has none. */
unsigned	 hpdfx_glyph(HPDF_FontDef, uint32_t cp);
/* Its advance in 1/1000 em. */
int		 hpdfx_glyph_width(HPDF_FontDef, uint32_t cp);
/* Marks cp's glyph as used, so that the embedded subset keeps it; true
 * when marked, false when the glyph is missing, has no outline or is
 * already used. */
bool		 hpdfx_glyph_mark(HPDF_FontDef, uint32_t cp);
/* Zeroes, in the font program libharu embeds, the horizontal metrics
 * (hmtx) of every glyph not marked used: their outlines are left out of
 * the subset already, and a PDF reader takes widths from /Widths, so
 * only the file's size changes (some 0.5 KB compressed a font).  Call
 * it when the last glyph is marked, before saving.  0, or -1 when the
 * font could not be read again (the font then embeds unchanged). */
int		 hpdfx_font_trim_metrics(HPDF_FontDef);
/* Registers, under name, WinAnsiEncoding with the characters of codes
 * 32-255 replaced by map[code - 32] (written as /Differences).  0, -1
 * when it could not be made, -2 when libharu refused to register it. */
int		 hpdfx_encoding(HPDF_Doc, const char *name, const HPDF_UNICODE map[224]);

/* ---- objects ---- */

/* The catalog; the Info dictionary, NULL until an Info entry was set. */
HPDF_Dict	 hpdfx_catalog(HPDF_Doc);
HPDF_Dict	 hpdfx_info(HPDF_Doc);
/* A new dictionary: indirect ones get an object number now, direct ones
 * are written inside the dictionary they are added to.  NULL on error. */
HPDF_Dict	 hpdfx_dict(HPDF_Doc, bool indirect);
/* A new indirect stream object holding data, Flate-compressed. */
HPDF_Dict	 hpdfx_stream(HPDF_Doc, const void *data, size_t n);
/* The object number of an indirect object (a page, a dictionary). */
unsigned	 hpdfx_object_number(HPDF_Dict);
/* Entries of a dictionary (a page, a font and an outline are ones):
 * a name, a number, a boolean, a literal string of bytes (no encoding
 * applied), a hex string of n bytes, a dictionary, an array holding one
 * dictionary. */
int		 hpdfx_add_name(HPDF_Dict, const char *key, const char *name);
int		 hpdfx_add_number(HPDF_Dict, const char *key, int32_t value);
int		 hpdfx_add_bool(HPDF_Dict, const char *key, bool value);
int		 hpdfx_add_string(HPDF_Doc, HPDF_Dict, const char *key, const char *bytes);
int		 hpdfx_add_hex(HPDF_Doc, HPDF_Dict, const char *key, const void *bytes, size_t n);
int		 hpdfx_add_dict(HPDF_Dict, const char *key, HPDF_Dict value);
int		 hpdfx_add_dict_array(HPDF_Doc, HPDF_Dict, const char *key, HPDF_Dict item);

/* ---- pages ---- */

/* Writes operators into the page's content stream as they are; -1 (and
 * nothing written) inside a text object or a path, where libharu's
 * state would no longer match the stream. */
int		 hpdfx_page_ops(HPDF_Page, const char *ops);

/* ---- the file ---- */

/* The trailer's /ID: two hex strings of the n bytes given. */
int		 hpdfx_trailer_id(HPDF_Doc, const void *bytes, size_t n);
/* The version the header states (libharu has no setter). */
void		 hpdfx_pdf_version(HPDF_Doc, HPDF_PDFVer);

/* What hpdfx_save gives. */
#define HPDFX_SAVED		0
#define HPDFX_SAVE_FAILED	(-1)
#define HPDFX_SUBSET_BUG	(-2)	/* see hpdfx_save */
#define HPDFX_READ_FAILED	(-3)
/* Saves the document into memory: HPDFX_SAVED with *data (the caller
 * frees it) and *size.  *error is the first error the device's handler
 * recorded; reading the whole stream ends in libharu's end-of-stream
 * error, which is cleared from it.  HPDFX_SUBSET_BUG when libharu 2.3.0
 * failed on an embedded font subset that came out at an exact multiple
 * of its 4096-byte stream blocks (its memory stream cannot seek to such
 * an end: render again with a slightly larger subset); HPDFX_READ_FAILED
 * with libharu's status in *read_status when the saved bytes could not
 * be read back. */
int		 hpdfx_save(HPDF_Doc, HPDF_STATUS *error, unsigned char **data, size_t *size,
		    HPDF_STATUS *read_status);

#endif
