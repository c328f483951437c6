/* The PDF device's faces: each face is an embedded simple TrueType font
 * (libharu keeps only the glyphs used).  Its encoding is chosen per
 * document: plain WinAnsiEncoding when every character is in it, which
 * covers Swedish; otherwise WinAnsi with the slots this document does not
 * use given to the extra characters (ő, ł, ş, ř ...), written as a
 * /Differences array of standard glyph names, so readers map every code
 * back to Unicode.  This keeps the small simple fonts and word-space
 * justification of the WinAnsi route, and pays for wider coverage only in
 * documents that use it, instead of libharu's Type0 "UTF-8" route with
 * its malformed ToUnicode and ~35 KB of maps per face.
 *
 * Here: a font file checked before libharu reads it, the widths the
 * layout measures with, each face's encoding, and a text's codes. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>

#include "diag.h"
#include "doc.h"
#include "fsutil.h"
#include "layout.h"
#include "mem.h"
#include "out_pdf_int.h"
#include "pdf_hpdf.h"
#include "utf8.h"

/* Slots of WinAnsiEncoding that name no character: the first given to
 * characters beyond it. */
static const unsigned char free_slots[] = { 0x81, 0x8D, 0x8F, 0x90, 0x9D };

/* ---------- metrics ---------- */

static int
encodable(struct pdf_device *d, uint32_t cp)
{
	int i;

	if (cp < 0x20 || cp > 0xFFFF || (cp >= 0x7F && cp < 0xA0))
		return 0;
	for (i = 0x20; i < 256; i++)
		if (d->winansi[i] == cp)
			return 1;
	/* Beyond WinAnsi we need a standard glyph name for /Differences. */
	return hpdfx_has_glyph_name(cp);
}

int
pdf_font_advance(void *ctx, enum face face, uint32_t cp)
{
	struct pdf_device *d = ctx;
	struct face_state *f = &d->face[face];
	int16_t *row;
	int w;

	if (cp > 0xFFFF || f->def == NULL)
		return -1;
	if ((row = f->width[cp >> 8]) == NULL) {
		int i;

		row = f->width[cp >> 8] = xmalloc(256 * sizeof(int16_t));
		for (i = 0; i < 256; i++)
			row[i] = INT16_MIN;
	}
	if (row[cp & 0xFF] != INT16_MIN)
		return row[cp & 0xFF];
	if (!encodable(d, cp) ||
	    (hpdfx_glyph(f->def, cp) == 0 && cp != 0x20))
		w = -1;
	else
		w = hpdfx_glyph_width(f->def, cp);
	row[cp & 0xFF] = (int16_t)w;
	return w;
}

/* ---------- fonts ---------- */

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* libharu trusts a font file's table directory and crashes on one that
 * lies, so look at it first: a TrueType header, tables inside the file,
 * and the tables libharu needs.  Returns NULL or what is wrong. */
const char *
pdf_font_problem(const char *path)
{
	static const char *const need[] = { "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp" };
	unsigned char dir[12 + 64 * 16];
	FILE *f;
	long size;
	size_t got, i, k, ntables;

	int fd, err;

	/* Only a regular file: libharu would wait for ever on a FIFO. */
	if ((err = open_regular(path, &fd)) != 0)
		return read_error_text(err);
	if ((f = fdopen(fd, "rb")) == NULL) {
		close(fd);
		return strerror(errno);
	}
	size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
	rewind(f);
	got = fread(dir, 1, sizeof(dir), f);
	fclose(f);
	if (size < 12 || got < 12 || size > 64L * 1024 * 1024)
		return "not a TrueType font file";
	if (be32(dir) != 0x00010000 && memcmp(dir, "true", 4) != 0)
		return memcmp(dir, "OTTO", 4) == 0 ?
		    "an OpenType font with PostScript outlines; iopdoc needs TrueType outlines" :
		    "not a TrueType font file";
	ntables = (size_t)dir[4] << 8 | dir[5];
	if (ntables == 0 || ntables > 64 || got < 12 + 16 * ntables)
		return "a TrueType font with a damaged table directory";
	for (i = 0; i < ntables; i++) {
		const unsigned char *e = dir + 12 + 16 * i;

		if ((uint64_t)be32(e + 8) + be32(e + 12) > (uint64_t)size)
			return "a TrueType font whose tables run past the end of the file";
	}
	for (k = 0; k < sizeof(need) / sizeof(need[0]); k++) {
		for (i = 0; i < ntables; i++)
			if (memcmp(dir + 12 + 16 * i, need[k], 4) == 0)
				break;
		if (i == ntables)
			return "a TrueType font without the tables iopdoc needs (cmap, glyf, head, hhea, hmtx, loca, maxp)";
	}
	return NULL;
}

/* ---------- encodings ---------- */

/* Gives each face used an encoding that covers its characters. */
int
pdf_font_encodings(struct pdf_device *d, const struct doc *doc, const struct layout *l)
{
	static const char *const enc_names[] = {
		"IopdocRegular", "IopdocBold", "IopdocItalic", "IopdocBoldItalic"
	};
	size_t p, b;
	int fi;

	for (fi = 0; fi < FACE__COUNT; fi++)
		d->face[fi].encode = xcalloc(0x10000, 1);
	/* Every character of every face, marked 1 for now. */
	for (p = 0; p < l->npages; p++)
		for (b = 0; b < l->pages[p].n; b++) {
			const struct box *bx = &l->pages[p].boxes[b];
			const char *s = bx->text;
			size_t len, k;
			uint32_t cp;

			if (bx->kind != BOX_TEXT || s == NULL)
				continue;
			d->face[bx->face].used = 1;
			for (len = strlen(s); len > 0; s += k, len -= k) {
				if ((k = utf8_decode(s, len, &cp)) == 0)
					k = 1;
				else if (cp <= 0xFFFF)
					d->face[bx->face].encode[cp] = 1;
			}
		}
	for (fi = 0; fi < FACE__COUNT; fi++) {
		struct face_state *f = &d->face[fi];
		HPDF_UNICODE map[224];
		unsigned char slot_used[256] = { 0 };
		uint32_t extra[256];
		size_t nextra = 0, i, fs = 0;
		unsigned next = 0x80;
		int c;

		if (!f->used)
			continue;
		/* WinAnsi characters keep their codes. */
		for (c = 0x20; c < 256; c++) {
			HPDF_UNICODE u = d->winansi[c];

			if (u != 0 && f->encode[u] == 1) {
				f->encode[u] = (unsigned char)c;
				slot_used[c] = 1;
			}
		}
		for (i = 0; i < 0x10000; i++)
			if (f->encode[i] == 1 && !(i >= 0x20 && i < 0x100 && d->winansi[i] == i)) {
				if (nextra == sizeof(extra) / sizeof(extra[0]))
					break;
				extra[nextra++] = (uint32_t)i;
			}
		if (nextra == 0) {
			f->font = HPDF_GetFont(d->pdf, f->name, "WinAnsiEncoding");
			if (pdf_check_error(d, "embedding a font") != 0)
				return -1;
			continue;
		}
		/* Extra characters take free slots, then WinAnsi slots in
		 * 0x80-0xFF that this document does not use. */
		for (c = 0; c < 224; c++)
			map[c] = d->winansi[c + 32];
		for (i = 0; i < nextra; i++) {
			unsigned slot = 0;

			if (fs < sizeof(free_slots))
				slot = free_slots[fs++];
			else {
				while (next < 256 && (slot_used[next] ||
				    memchr(free_slots, (int)next, sizeof(free_slots)) != NULL))
					next++;
				if (next == 256) {
					diag(doc->path, 0, MSG_TOO_MANY_CHARS, 224);
					return -1;
				}
				slot = next++;
			}
			slot_used[slot] = 1;
			map[slot - 32] = (HPDF_UNICODE)extra[i];
			f->encode[extra[i]] = (unsigned char)slot;
		}
		switch (hpdfx_encoding(d->pdf, enc_names[fi], map)) {
		case -1:
			return pdf_check_error(d, "making an encoding");
		case -2:
			return pdf_check_error(d, "registering an encoding");
		}
		f->font = HPDF_GetFont(d->pdf, f->name, enc_names[fi]);
		if (pdf_check_error(d, "embedding a font") != 0)
			return -1;
	}
	return 0;
}

char *
pdf_font_encode(const struct face_state *f, const char *s)
{
	size_t len = strlen(s), k, o = 0;
	char *out = xmalloc(len + 1);
	uint32_t cp;

	for (; len > 0; s += k, len -= k) {
		if ((k = utf8_decode(s, len, &cp)) == 0) {
			k = 1;
			cp = 0xFFFD;
		}
		out[o] = cp <= 0xFFFF ? (char)f->encode[cp] : 0;
		if (out[o] == 0)
			out[o] = '?';	/* not reached: layout refused it */
		o++;
	}
	out[o] = '\0';
	return out;
}
