/* The PDF device, on libharu 2.3.0: opens a document with the
 * template's fonts, draws the laid-out pages, writes the metadata and
 * bookmarks, and saves.  The faces and their encodings are
 * out_pdf_font.c's, the logos out_pdf_image.c's (out_pdf_int.h).
 *
 * Saving goes through a memory stream, then write_file_atomic(). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <hpdf.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "fsutil.h"
#include "hash.h"
#include "layout.h"
#include "mem.h"
#include "out_pdf.h"
#include "out_pdf_int.h"
#include "pdf_hpdf.h"
#include "pdf_pack.h"
#include "pdf_tag.h"
#include "pdfa.h"
#include "template.h"
#include "utf8.h"

#ifndef IOPDOC_VERSION
#define IOPDOC_VERSION "0"
#endif

static void
error_handler(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	struct pdf_device *d = data;

	/* Keep the first error: later ones follow from it. */
	if (d->error == 0) {
		d->error = error;
		d->detail = detail;
	}
}

int
pdf_check_error(struct pdf_device *d, const char *doing)
{
	if (d->error == 0)
		return 0;
	diag(NULL, 0, MSG_PDF_LIBRARY, (unsigned)d->error, (unsigned)d->detail, doing);
	return -1;
}

/* ---------- opening ---------- */

int
pdf_open(const struct template *t, struct pdf_device **out)
{
	struct pdf_device *d = xcalloc(1, sizeof(*d));
	const char *linked;
	int i;

	*out = NULL;
	if ((linked = hpdfx_wrong_release()) != NULL) {
		diag(NULL, 0, MSG_PDF_RELEASE, linked, HPDF_VERSION_TEXT);
		free(d);
		return -1;
	}
	d->t = t;
	d->metrics.ctx = d;
	d->metrics.advance = pdf_font_advance;
	d->metrics.image_ratio = pdf_image_ratio;
	if ((d->pdf = HPDF_New(error_handler, d)) == NULL) {
		diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "starting a document");
		free(d);
		return -1;
	}
	HPDF_SetCompressionMode(d->pdf, HPDF_COMP_ALL);
	if (hpdfx_winansi(d->pdf, d->winansi) != 0) {
		if (pdf_check_error(d, "starting a document") == 0)
			diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "starting a document");
		pdf_close(d);
		return -1;
	}
	for (i = 0; i < FACE__COUNT; i++) {
		const char *path = t->font[i], *why;

		if (path == NULL || (why = pdf_font_problem(path)) != NULL) {
			struct buf where = { NULL, 0, 0 };

			/* one of iopdoc's own fonts: where else it was looked for */
			if (path != NULL && access(path, F_OK) != 0 && template_font_places(path, &where))
				diag(NULL, 0, MSG_FONT_NOT_FOUND, path, where.data != NULL ? where.data : "-");
			else
				diag(NULL, 0, MSG_FONT_LOAD, path != NULL ? path : "(none)",
				    path != NULL ? why : strerror(ENOENT));
			buf_free(&where);
			pdf_close(d);
			return -1;
		}
		d->face[i].name = HPDF_LoadTTFontFromFile(d->pdf, path, HPDF_TRUE);
		if (d->face[i].name != NULL)
			d->face[i].def = hpdfx_fontdef(d->pdf, d->face[i].name);
		if (d->face[i].name == NULL || d->face[i].def == NULL || d->error != 0) {
			char text[96];

			snprintf(text, sizeof(text), "not a TrueType font iopdoc can use, error 0x%04X",
			    (unsigned)d->error);
			diag(NULL, 0, MSG_FONT_LOAD, path, text);
			pdf_close(d);
			return -1;
		}
	}
	*out = d;
	return 0;
}

const struct metrics *
pdf_metrics(struct pdf_device *d)
{
	return &d->metrics;
}

/* ---------- metadata ---------- */

/* The PDFDocEncoding byte of a character, or 0 (PDF 32000-1, annex D). */
static int
pdfdoc_byte(uint32_t cp)
{
	static const uint16_t high[] = {
		0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044,
		0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C, 0x201D, 0x2018,
		0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160,
		0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E,
	};
	size_t i;

	if (cp >= 0x20 && cp < 0x7F)
		return (int)cp;
	if (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD)
		return (int)cp;
	if (cp == 0x20AC)
		return 0xA0;
	for (i = 0; i < sizeof(high) / sizeof(high[0]); i++)
		if (high[i] == cp)
			return 0x80 + (int)i;
	return 0;
}

/* A document property: a literal string in PDFDocEncoding when every
 * character has a byte there (a Swedish title mostly takes one byte a
 * character), otherwise UTF-16BE. */
static void
info_text(struct pdf_device *d, const char *key, const char *value)
{
	struct buf b = { NULL, 0, 0 };
	size_t len, k;
	uint32_t cp;
	const char *s;

	if (value == NULL || hpdfx_info(d->pdf) == NULL)
		return;
	for (s = value, len = strlen(value); len > 0; s += k, len -= k) {
		int byte;

		if ((k = utf8_decode(s, len, &cp)) == 0 || (byte = pdfdoc_byte(cp)) == 0)
			break;
		buf_addc(&b, (char)byte);
	}
	if (len == 0 && b.data != NULL)
		hpdfx_add_string(d->pdf, hpdfx_info(d->pdf), key, b.data);
	else
		pdfa_add_text(d->pdf, hpdfx_info(d->pdf), key, value);
	buf_free(&b);
}

/* The creation date: SOURCE_DATE_EPOCH when set (reproducible builds),
 * otherwise the document's own date, so the same input gives the same PDF. */
static void
set_dates(struct pdf_device *d, const struct doc *doc)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t when = (time_t)doc->created;
	struct tm tm;
	HPDF_Date date;

	if (sde != NULL && *sde != '\0') {
		char *end;
		long long v = strtoll(sde, &end, 10);

		if (*end == '\0' && v >= 0)
			when = (time_t)v;
	}
	if (gmtime_r(&when, &tm) == NULL) {
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = 70;
		tm.tm_mday = 1;
	}
	d->when = tm;
	memset(&date, 0, sizeof(date));
	date.year = tm.tm_year + 1900;
	date.month = tm.tm_mon + 1;
	date.day = tm.tm_mday;
	date.hour = tm.tm_hour;
	date.minutes = tm.tm_min;
	date.seconds = tm.tm_sec;
	date.ind = '+';
	HPDF_SetInfoDateAttr(d->pdf, HPDF_INFO_CREATION_DATE, date);
	HPDF_SetInfoDateAttr(d->pdf, HPDF_INFO_MOD_DATE, date);
}

static int
metadata(struct pdf_device *d, const struct doc *doc)
{
	struct pdfa_meta m;
	HPDF_Dict prefs;

	set_dates(d, doc);	/* also makes the Info dictionary */
	/* one set of values for the Info dictionary and the XMP */
	memset(&m, 0, sizeof(m));
	m.title = doc->title;
	m.author = doc->author;
	m.subject = doc->subject;
	m.keywords = doc->keywords;
	m.creator = "iopdoc " IOPDOC_VERSION;
	m.producer = "iopdoc " IOPDOC_VERSION " with libharu " HPDF_VERSION_TEXT;
	m.lang = "sv-SE";
	m.ua = true;		/* tagged: pdf_tag.c */
	m.when = d->when;
	info_text(d, "Title", m.title);
	info_text(d, "Author", m.author);
	info_text(d, "Subject", m.subject);
	info_text(d, "Keywords", m.keywords);
	info_text(d, "Creator", m.creator);
	info_text(d, "Producer", m.producer);
	hpdfx_add_string(d->pdf, hpdfx_catalog(d->pdf), "Lang", m.lang);
	/* Viewers show the title, not the file name. */
	prefs = hpdfx_dict(d->pdf, false);
	if (prefs != NULL) {
		hpdfx_add_bool(prefs, "DisplayDocTitle", true);
		hpdfx_add_dict(hpdfx_catalog(d->pdf), "ViewerPreferences", prefs);
	}
	return pdfa_catalog(d->pdf, &m);
}

/* Every font gets a ToUnicode map of the codes its encoding gave out
 * (PDF/A-2u and PDF/UA want one; text extraction and search rely on it
 * rather than on glyph names). */
static int
tounicode_maps(struct pdf_device *d)
{
	int fi;

	for (fi = 0; fi < FACE__COUNT; fi++) {
		struct face_state *f = &d->face[fi];
		uint32_t unicode[256] = { 0 };
		uint32_t cp;

		if (!f->used || f->font == NULL)
			continue;
		for (cp = 0x20; cp <= 0xFFFF; cp++)
			if (f->encode[cp] >= 0x20)
				unicode[f->encode[cp]] = cp;
		if (pdfa_tounicode(d->pdf, f->font, unicode) != 0)
			return -1;
	}
	return 0;
}

static void
bookmarks(struct pdf_device *d, const struct layout *l, HPDF_Page *pages)
{
	HPDF_Outline parent[4] = { NULL, NULL, NULL, NULL };
	size_t i;

	for (i = 0; i < l->noutlines; i++) {
		const struct outline_entry *o = &l->outlines[i];
		int lvl = o->level < 1 ? 1 : o->level > 3 ? 3 : o->level, k;
		HPDF_Outline up = NULL, ol;
		HPDF_Destination dst;

		for (k = lvl - 1; k >= 1 && up == NULL; k--)
			up = parent[k];
		ol = HPDF_CreateOutline(d->pdf, up, "", NULL);
		if (ol == NULL)
			return;
		pdfa_add_text(d->pdf, ol, "Title", o->title);
		dst = HPDF_Page_CreateDestination(pages[o->page]);
		HPDF_Destination_SetFitH(dst, o->y + 4);
		HPDF_Outline_SetDestination(ol, dst);
		HPDF_Outline_SetOpened(ol, HPDF_FALSE);
		parent[lvl] = ol;
		for (k = lvl + 1; k <= 3; k++)
			parent[k] = NULL;
	}
	if (l->noutlines > 0)
		HPDF_SetPageMode(d->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
}

/* ---------- drawing ---------- */

/* The longest string operand written: far below PDF/A's 32 767 bytes
 * (a line of 4 pt text across a 200-inch page is some 18 000 codes). */
#define TEXT_CHUNK	4096

/* Shows codes at (x, y), moved to from the last line's start by a
 * distance rounded to 1/1000 pt: libharu's HPDF_Page_TextOut subtracts
 * in single precision and writes "0 -16.10004 Td", "0 -16.09998 Td" for
 * one leading, which compress worse than the same "0 -16.1 Td" (some
 * 50 bytes a page; the text moves by at most 0.0005 pt, a 1/200 of a
 * pixel at 600 dpi). */
static void
move_to_line(HPDF_Page page, float x, float y, const char *codes)
{
	HPDF_TransMatrix m = HPDF_Page_GetTextMatrix(page);

	if (m.a != 1 || m.b != 0 || m.c != 0 || m.d != 1) {
		HPDF_Page_TextOut(page, x, y, codes);
		return;
	}
	HPDF_Page_MoveTextPos(page, (float)(round(((double)x - m.x) * 1000) / 1000),
	    (float)(round(((double)y - m.y) * 1000) / 1000));
	HPDF_Page_ShowText(page, codes);
}

/* Shows a line's codes, at (x, y) when positioned, in strings of at most
 * TEXT_CHUNK bytes, each cut after a space where one is near: a word
 * stays in one string for readers that extract text. */
static void
show_codes(HPDF_Page page, char *codes, bool positioned, float x, float y)
{
	size_t len = strlen(codes), cut;
	char kept;

	for (;;) {
		cut = len;
		if (len > TEXT_CHUNK) {
			for (cut = TEXT_CHUNK; cut > TEXT_CHUNK / 2 && codes[cut - 1] != ' '; cut--)
				continue;
			if (codes[cut - 1] != ' ')
				cut = TEXT_CHUNK;
		}
		kept = codes[cut];
		codes[cut] = '\0';
		if (positioned)
			move_to_line(page, x, y, codes);
		else
			HPDF_Page_ShowText(page, codes);
		codes[cut] = kept;
		if (cut == len)
			return;
		positioned = false;
		codes += cut;
		len -= cut;
	}
}

/* Where a box lies on the page, for a figure's bounding box. */
static void
box_extent(struct pdf_device *d, struct pdf_tagger *T, const struct box *b)
{
	switch (b->kind) {
	case BOX_TEXT:
		if (b->text != NULL)
			tag_extent(T, b->node, b->x, b->y - b->size * 0.25f,
			    b->x + layout_text_width(&d->metrics, b->text, b->face, b->size),
			    b->y + b->size * 0.8f);
		break;
	case BOX_LINE:
		tag_extent(T, b->node, b->x < b->x2 ? b->x : b->x2, b->y < b->y2 ? b->y : b->y2,
		    b->x > b->x2 ? b->x : b->x2, b->y > b->y2 ? b->y : b->y2);
		break;
	case BOX_RECT:
	case BOX_IMAGE:
		tag_extent(T, b->node, b->x, b->y, b->x + b->x2, b->y + b->y2);
		break;
	}
}

static int
draw_page(struct pdf_device *d, struct pdf_tagger *T, HPDF_Page page, size_t pageno,
    const struct page *pg)
{
	struct face_state *cur_font = NULL;
	float cur_size = -1, cur_ws = 0;
	struct color cur_fill = { -1, -1, -1 };
	int in_text = 0;
	size_t i;
	HPDF_Image image;

	if (T != NULL)
		tag_page(T, page, pageno);
	for (i = 0; i < pg->n; i++) {
		const struct box *b = &pg->boxes[i];

		if (b->kind == BOX_TEXT && (b->text == NULL || b->text[0] == '\0'))
			continue;
		/* every box is content of its node or an artifact */
		if (T != NULL && tag_differs(T, b)) {
			if (in_text) {
				HPDF_Page_EndText(page);
				in_text = 0;
			}
			if (tag_switch(T, b) != 0)
				return -1;
		}
		/* only a figure needs its box (measuring every line again
		 * would cost a tenth of the rendering) */
		if (b->node >= 0 && T != NULL && tag_wants_extent(T, b->node))
			box_extent(d, T, b);
		if (b->kind != BOX_TEXT && in_text) {
			HPDF_Page_EndText(page);
			in_text = 0;
		}
		switch (b->kind) {
		case BOX_TEXT: {
			struct face_state *f = &d->face[b->face];
			char *bytes;

			if (!in_text) {
				/* font, word spacing and colour are graphics
				 * state: they carry over from the last text
				 * object (and a q/Q restores them) */
				HPDF_Page_BeginText(page);
				in_text = 1;
			}
			if (cur_font != f || cur_size != b->size) {
				HPDF_Page_SetFontAndSize(page, f->font, b->size);
				cur_font = f;
				cur_size = b->size;
			}
			if (cur_fill.r != b->color.r || cur_fill.g != b->color.g || cur_fill.b != b->color.b) {
				HPDF_Page_SetRGBFill(page, b->color.r, b->color.g, b->color.b);
				cur_fill = b->color;
			}
			if (cur_ws != b->word_space) {
				/* to 1/1000 pt, as the line moves: a line of
				 * 20 spaces ends at most 0.01 pt off */
				HPDF_Page_SetWordSpace(page,
				    (float)(round((double)b->word_space * 1000) / 1000));
				cur_ws = b->word_space;
			}
			bytes = pdf_font_encode(f, b->text);
			if (b->angle != 0) {
				float a = b->angle * 3.14159265f / 180.0f;
				float c = cosf(a), s = sinf(a);

				HPDF_Page_SetTextMatrix(page, c, s, -s, c, b->x, b->y);
				show_codes(page, bytes, false, 0, 0);
				HPDF_Page_EndText(page);
				in_text = 0;
			} else
				show_codes(page, bytes, true, b->x, b->y);
			free(bytes);
			break;
		}
		case BOX_LINE:
			HPDF_Page_SetLineWidth(page, b->line_width);
			HPDF_Page_SetRGBStroke(page, b->color.r, b->color.g, b->color.b);
			HPDF_Page_MoveTo(page, b->x, b->y);
			HPDF_Page_LineTo(page, b->x2, b->y2);
			HPDF_Page_Stroke(page);
			break;
		case BOX_IMAGE:
			if ((image = pdf_image_of(d, b->text)) != NULL)
				HPDF_Page_DrawImage(page, image, b->x, b->y, b->x2, b->y2);
			break;
		case BOX_RECT:
			HPDF_Page_SetRGBFill(page, b->color.r, b->color.g, b->color.b);
			cur_fill = b->color;
			if (b->line_width > 0) {
				/* an outline keeps light bars visible in grey print */
				HPDF_Page_SetLineWidth(page, b->line_width);
				HPDF_Page_SetRGBStroke(page, 0.15f, 0.15f, 0.15f);
				HPDF_Page_Rectangle(page, b->x, b->y, b->x2, b->y2);
				HPDF_Page_FillStroke(page);
			} else {
				HPDF_Page_Rectangle(page, b->x, b->y, b->x2, b->y2);
				HPDF_Page_Fill(page);
			}
			break;
		}
	}
	if (in_text)
		HPDF_Page_EndText(page);
	return T != NULL ? tag_end_page(T) : 0;
}

int
pdf_render(struct pdf_device *d, const struct doc *doc, const struct layout *l)
{
	HPDF_Page *pages;
	struct pdf_tagger *T;
	size_t i;
	int rc = -1;

	if (pdf_font_encodings(d, doc, l) != 0)
		return -1;
	T = tag_new(d->pdf, l);
	pages = xcalloc(l->npages + 1, sizeof(*pages));
	for (i = 0; i < l->npages; i++) {
		pages[i] = HPDF_AddPage(d->pdf);
		if (pages[i] == NULL)
			goto done;
		HPDF_Page_SetWidth(pages[i], l->page_width);
		HPDF_Page_SetHeight(pages[i], l->page_height);
		if (draw_page(d, T, pages[i], i, &l->pages[i]) != 0 && d->error == 0) {
			diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "marking content for the structure");
			goto done;
		}
		if (d->error != 0)
			break;
	}
	if (pdf_check_error(d, "drawing the pages") != 0)
		goto done;
	if (T != NULL && tag_finish(T, pages) != 0) {
		if (pdf_check_error(d, "writing the structure tree") == 0)
			diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "writing the structure tree");
		goto done;
	}
	if (metadata(d, doc) != 0 || tounicode_maps(d) != 0) {
		if (pdf_check_error(d, "writing metadata") == 0)
			diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "writing metadata");
		goto done;
	}
	bookmarks(d, l, pages);
	rc = pdf_check_error(d, "writing metadata and bookmarks");
done:
	if (rc == 0) {
		tag_free(d->tagger);
		d->tagger = T;
	} else
		tag_free(T);
	free(pages);
	return rc;
}

/* The file identifier: 16 bytes of placeholder in the trailer, replaced
 * after saving by the start of the SHA-256 of the whole file, so the /ID
 * depends on the content only.  The hex strings keep their length, so no
 * offset moves. */
static void
id_placeholder(struct pdf_device *d)
{
	static const unsigned char zero[16];

	hpdfx_trailer_id(d->pdf, zero, sizeof(zero));
}

static void
id_patch(unsigned char *data, size_t size)
{
	static const char hole[] = "<00000000000000000000000000000000>";
	unsigned char digest[32];
	char hex[33];
	size_t i, last = 0, n = sizeof(hole) - 1;
	struct sha256 s;
	int found = 0;

	/* the last /ID (of the trailer or the cross-reference stream), then
	 * its two placeholders */
	for (i = 0; i + 3 <= size; i++)
		if (memcmp(data + i, "/ID", 3) == 0)
			last = i;
	sha256_init(&s);
	sha256_update(&s, data, size);
	sha256_final(&s, digest);
	hex_encode(digest, 16, hex);
	for (i = last; i + n <= size && found < 2; i++)
		if (memcmp(data + i, hole, n) == 0 ||
		    (data[i] == '<' && i + n <= size && strncasecmp((char *)data + i, hole, n) == 0)) {
			memcpy(data + i + 1, hex, 32);
			found++;
		}
}

int
pdf_save_memory(struct pdf_device *d, unsigned char **out, size_t *out_size)
{
	HPDF_STATUS status;
	unsigned char *data;
	size_t size;
	int i;

	*out = NULL;
	*out_size = 0;
	id_placeholder(d);
	pdfa_version(d->pdf);
	/* the unused glyphs' metrics zeroed: a smaller font program */
	for (i = 0; i < FACE__COUNT; i++)
		if (d->face[i].def != NULL)
			(void)hpdfx_font_trim_metrics(d->face[i].def);
	switch (hpdfx_save(d->pdf, &d->error, &data, &size, &status)) {
	case HPDFX_SAVED:
		break;
	case HPDFX_SUBSET_BUG:
		/* the caller renders again with a slightly larger subset */
		if (!d->padded)
			return PDF_SAVE_RETRY;
		/* FALLTHROUGH */
	case HPDFX_SAVE_FAILED:
		if (pdf_check_error(d, "saving") == 0)
			diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "saving");
		return -1;
	default:
		if (pdf_check_error(d, "reading the saved document") == 0)
			diag(NULL, 0, MSG_PDF_LIBRARY, (unsigned)status, 0u,
			    "reading the saved document");
		return -1;
	}
	{
		unsigned char *packed;
		size_t psize;

		struct pack_extra extra;

		/* small objects into object streams, and the structure tree
		 * written there as text; without a tree, a file not laid out
		 * as expected stays as libharu wrote it */
		if (d->tagger != NULL)
			tag_pack_extra(d->tagger, &extra);
		if (pdf_pack(data, size, d->tagger != NULL ? &extra : NULL, &packed, &psize) == 0) {
			free(data);
			data = packed;
			size = psize;
		} else if (d->tagger != NULL) {
			free(data);
			diag(NULL, 0, MSG_PDF_LIBRARY, 0u, 0u, "writing the structure tree");
			return -1;
		}
	}
	id_patch(data, size);
	*out = data;
	*out_size = size;
	return 0;
}

int
pdf_save(struct pdf_device *d, const char *path, size_t *bytes)
{
	unsigned char *data;
	size_t size;
	int rc;

	*bytes = 0;
	if ((rc = pdf_save_memory(d, &data, &size)) != 0)
		return rc;
	rc = write_file_atomic(path, data, size);
	if (rc == 0)
		*bytes = size;
	free(data);
	return rc;
}

void
pdf_pad_fonts(struct pdf_device *d)
{
	/* Characters whose glyphs have outlines in every face we ship. */
	static const char pad[] = "~^#@&%$=+";
	int i;
	size_t k;

	d->padded = true;
	for (i = 0; i < FACE__COUNT; i++)
		for (k = 0; d->face[i].def != NULL && pad[k] != '\0'; k++)
			if (hpdfx_glyph_mark(d->face[i].def, (uint32_t)pad[k]))
				break;
}

void
pdf_close(struct pdf_device *d)
{
	int i, k;

	if (d == NULL)
		return;
	if (d->pdf != NULL)
		HPDF_Free(d->pdf);
	tag_free(d->tagger);
	free(d->images);
	for (i = 0; i < FACE__COUNT; i++) {
		for (k = 0; k < 256; k++)
			free(d->face[i].width[k]);
		free(d->face[i].encode);
	}
	free(d);
}
