/* The seam to libharu's internals (see pdf_hpdf.h): the only file that
 * includes libharu's private headers and reads its private fields.
 *
 * Those fields (the document's catalog, Info and trailer dictionaries,
 * memory manager and cross-reference table; an object's number; a page's
 * graphics mode and content stream; an encoder's table; a TrueType font's
 * glyph flags) are laid out as libharu 2.3.0 lays them out, and a release
 * that moves one compiles still and corrupts memory or the PDF.  So this
 * file compiles against exactly the release it was written for. */

/* hpdf_version.h first, by itself, so that the check below sees the
 * header on the include path (hpdf.h includes it from its own folder). */
#include <hpdf_version.h>

#if !defined(HPDF_VERSION_ID) || HPDF_VERSION_ID != 20300
#error "iopdoc needs libharu 2.3.0 (HPDF_VERSION_ID 20300, Debian 12's libhpdf-dev): src/pdf_hpdf.c reads libharu's private structures, whose layout changes between releases; see src/README.md, \"libharu releases\""
#endif

/* libharu's full view here: the Makefile gives every other file the
 * opaque one. */
#undef HPDF_SHARED

#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_consts.h>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_error.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "mem.h"
#include "pdf_hpdf.h"

const char *
hpdfx_wrong_release(void)
{
	const char *linked = HPDF_GetVersion();

	return linked != NULL && strcmp(linked, HPDF_VERSION_TEXT) == 0 ? NULL :
	    linked != NULL ? linked : "(unknown)";
}

/* Exported by libhpdf 2.3.0 but missing from its header. */
HPDF_STATUS	HPDF_BasicEncoder_OverrideMap(HPDF_Encoder, const HPDF_UNICODE *);

static int
status(HPDF_STATUS s)
{
	return s == HPDF_OK ? 0 : -1;
}

/* ---------- fonts and encodings ---------- */

int
hpdfx_winansi(HPDF_Doc pdf, HPDF_UNICODE map[256])
{
	HPDF_Encoder win = HPDF_GetEncoder(pdf, "WinAnsiEncoding");

	if (win == NULL)
		return -1;
	memcpy(map, ((HPDF_BasicEncoderAttr)win->attr)->unicode_map, 256 * sizeof(map[0]));
	return 0;
}

bool
hpdfx_has_glyph_name(uint32_t cp)
{
	return cp <= 0xFFFF &&
	    strcmp(HPDF_UnicodeToGryphName((HPDF_UNICODE)cp), ".notdef") != 0;
}

HPDF_FontDef
hpdfx_fontdef(HPDF_Doc pdf, const char *font_name)
{
	return HPDF_GetFontDef(pdf, font_name);
}

unsigned
hpdfx_glyph(HPDF_FontDef def, uint32_t cp)
{
	return cp > 0xFFFF ? 0 : HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)cp);
}

int
hpdfx_glyph_width(HPDF_FontDef def, uint32_t cp)
{
	return cp > 0xFFFF ? 0 : HPDF_TTFontDef_GetCharWidth(def, (HPDF_UINT16)cp);
}

bool
hpdfx_glyph_mark(HPDF_FontDef def, uint32_t cp)
{
	HPDF_TTFontDefAttr attr = (HPDF_TTFontDefAttr)def->attr;
	unsigned gid = hpdfx_glyph(def, cp);

	if (gid == 0 || gid >= attr->num_glyphs || attr->glyph_tbl.flgs[gid] == 1 ||
	    attr->glyph_tbl.offsets[gid + 1] == attr->glyph_tbl.offsets[gid])
		return false;
	attr->glyph_tbl.flgs[gid] = 1;
	return true;
}

/* The longest font file whose metrics are trimmed (the shipped fonts:
 * 31-50 KB); a larger one is embedded as libharu writes it. */
#define TRIM_FONT_MAX	(8u * 1024 * 1024)

int
hpdfx_font_trim_metrics(HPDF_FontDef def)
{
	HPDF_TTFontDefAttr attr = (HPDF_TTFontDefAttr)def->attr;
	const HPDF_TTFTable *hmtx = NULL;
	HPDF_Stream mem;
	HPDF_BYTE *font;
	HPDF_UINT32 size, got, nhm = attr->num_h_metric, g;
	HPDF_UINT i;

	for (i = 0; i < attr->offset_tbl.num_tables && hmtx == NULL; i++)
		if (memcmp(attr->offset_tbl.table[i].tag, "hmtx", 4) == 0)
			hmtx = &attr->offset_tbl.table[i];
	size = attr->stream != NULL ? HPDF_Stream_Size(attr->stream) : 0;
	if (hmtx == NULL || size == 0 || size > TRIM_FONT_MAX || hmtx->offset > size ||
	    hmtx->length > size - hmtx->offset || nhm == 0 || nhm > attr->num_glyphs ||
	    (HPDF_UINT32)nhm * 4 + ((HPDF_UINT32)attr->num_glyphs - nhm) * 2 > hmtx->length)
		return 0;	/* nothing to trim, or not as expected */
	font = xmalloc(size);
	got = size;
	if (HPDF_Stream_Seek(attr->stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
	    HPDF_Stream_Read(attr->stream, font, &got) != HPDF_OK || got != size) {
		free(font);
		return -1;
	}
	/* glyph 0 (.notdef) is always embedded */
	for (g = 1; g < attr->num_glyphs; g++)
		if (attr->glyph_tbl.flgs[g] == 0) {
			if (g < nhm)
				memset(font + hmtx->offset + 4 * g, 0, 4);
			else
				memset(font + hmtx->offset + 4 * nhm + 2 * (g - nhm), 0, 2);
		}
	mem = HPDF_MemStream_New(def->mmgr, HPDF_STREAM_BUF_SIZ);
	if (mem == NULL || HPDF_Stream_Write(mem, font, size) != HPDF_OK) {
		if (mem != NULL)
			HPDF_Stream_Free(mem);
		free(font);
		return -1;
	}
	free(font);
	HPDF_Stream_Free(attr->stream);
	attr->stream = mem;
	return 0;
}

int
hpdfx_encoding(HPDF_Doc pdf, const char *name, const HPDF_UNICODE map[224])
{
	HPDF_Encoder enc = HPDF_BasicEncoder_New(pdf->mmgr, "WinAnsiEncoding");
	size_t len = strlen(name);

	if (enc == NULL)
		return -1;
	if (len >= sizeof(enc->name))
		len = sizeof(enc->name) - 1;
	memcpy(enc->name, name, len);
	enc->name[len] = '\0';
	HPDF_BasicEncoder_OverrideMap(enc, map);
	if (HPDF_Doc_RegisterEncoder(pdf, enc) != HPDF_OK) {
		HPDF_Encoder_Free(enc);
		return -2;
	}
	return 0;
}

/* ---------- objects ---------- */

HPDF_Dict
hpdfx_catalog(HPDF_Doc pdf)
{
	return pdf->catalog;
}

HPDF_Dict
hpdfx_info(HPDF_Doc pdf)
{
	return pdf->info;
}

HPDF_Dict
hpdfx_dict(HPDF_Doc pdf, bool indirect)
{
	HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);

	/* HPDF_Xref_Add frees the object when it fails */
	if (d != NULL && indirect && HPDF_Xref_Add(pdf->xref, d) != HPDF_OK)
		return NULL;
	return d;
}

HPDF_Dict
hpdfx_stream(HPDF_Doc pdf, const void *data, size_t n)
{
	HPDF_Dict s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);

	if (s == NULL)
		return NULL;
	s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (HPDF_Stream_Write(s->stream, data, (HPDF_UINT)n) != HPDF_OK)
		return NULL;
	return s;
}

unsigned
hpdfx_object_number(HPDF_Dict obj)
{
	/* the low 24 bits; the high ones are libharu's flags */
	return obj->header.obj_id & 0x00FFFFFF;
}

int
hpdfx_add_name(HPDF_Dict d, const char *key, const char *name)
{
	return status(HPDF_Dict_AddName(d, key, name));
}

int
hpdfx_add_number(HPDF_Dict d, const char *key, int32_t value)
{
	return status(HPDF_Dict_AddNumber(d, key, value));
}

int
hpdfx_add_bool(HPDF_Dict d, const char *key, bool value)
{
	return status(HPDF_Dict_AddBoolean(d, key, value ? HPDF_TRUE : HPDF_FALSE));
}

/* HPDF_Dict_Add reports a NULL value (an object libharu could not make)
 * through the error handler: no test needed here. */
int
hpdfx_add_string(HPDF_Doc pdf, HPDF_Dict d, const char *key, const char *bytes)
{
	return status(HPDF_Dict_Add(d, key, HPDF_String_New(pdf->mmgr, bytes, NULL)));
}

int
hpdfx_add_hex(HPDF_Doc pdf, HPDF_Dict d, const char *key, const void *bytes, size_t n)
{
	/* HPDF_Binary_New copies the bytes; its prototype lacks the const */
	return status(HPDF_Dict_Add(d, key, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)bytes,
	    (HPDF_UINT)n)));
}

int
hpdfx_add_dict(HPDF_Dict d, const char *key, HPDF_Dict value)
{
	return status(HPDF_Dict_Add(d, key, value));
}

int
hpdfx_add_dict_array(HPDF_Doc pdf, HPDF_Dict d, const char *key, HPDF_Dict item)
{
	HPDF_Array a = HPDF_Array_New(pdf->mmgr);

	if (a == NULL)
		return -1;
	HPDF_Array_Add(a, item);
	return status(HPDF_Dict_Add(d, key, a));
}

/* ---------- pages ---------- */

int
hpdfx_page_ops(HPDF_Page page, const char *ops)
{
	HPDF_PageAttr attr = (HPDF_PageAttr)page->attr;

	if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION)
		return -1;
	return status(HPDF_Stream_WriteStr(attr->stream, ops));
}

/* ---------- the file ---------- */

int
hpdfx_trailer_id(HPDF_Doc pdf, const void *bytes, size_t n)
{
	HPDF_Array id = HPDF_Array_New(pdf->mmgr);

	if (id == NULL)
		return -1;
	HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)bytes, (HPDF_UINT)n));
	HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)bytes, (HPDF_UINT)n));
	return status(HPDF_Dict_Add(pdf->trailer, "ID", id));
}

void
hpdfx_pdf_version(HPDF_Doc pdf, HPDF_PDFVer version)
{
	pdf->pdf_version = version;
}

int
hpdfx_save(HPDF_Doc pdf, HPDF_STATUS *error, unsigned char **data, size_t *size,
    HPDF_STATUS *read_status)
{
	HPDF_UINT32 got, want;
	HPDF_STATUS st;
	HPDF_BYTE *bytes;

	*data = NULL;
	*size = 0;
	*read_status = HPDF_OK;
	if (HPDF_SaveToStream(pdf) != HPDF_OK)
		return *error == HPDF_INVALID_OBJECT ? HPDFX_SUBSET_BUG : HPDFX_SAVE_FAILED;
	want = got = HPDF_GetStreamSize(pdf);
	HPDF_ResetStream(pdf);
	bytes = xmalloc((size_t)got + 1);
	st = HPDF_ReadFromStream(pdf, bytes, &got);
	/* reading the whole stream ends at its end: no error here */
	if (st == HPDF_STREAM_EOF && *error == HPDF_STREAM_EOF)
		*error = 0;
	if ((st != HPDF_OK && st != HPDF_STREAM_EOF) || got != want) {
		*read_status = st;
		free(bytes);
		return HPDFX_READ_FAILED;
	}
	*data = bytes;
	*size = got;
	return HPDFX_SAVED;
}
