/* PDF/A-2b: our own XMP, the sRGB output intent, ToUnicode maps for the
 * simple fonts and the 1.7 header, built as libharu objects through the
 * seam (pdf_hpdf.h): libharu 2.3.0's own HPDF_PDFA_* helpers write
 * unescaped XMP, a clock-based /ID and a misspelt output-intent key (see
 * shared/design/PDF-ARCHIVAL.md). */
#include <stdio.h>
#include <string.h>

#include <hpdf.h>

#include "buf.h"
#include "pdf_hpdf.h"
#include "utf8.h"
#include "pdfa.h"

/* src/icc/sRGB.icc, compiled in (build/srgb_icc.c). */
extern const unsigned char	srgb_icc[];
extern const size_t		srgb_icc_len;

/* Text for XML: the five special characters escaped, UTF-8 kept. */
static void
xml_text(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		case '\'':
			buf_adds(b, "&apos;");
			break;
		default:
			/* control characters are not allowed in XML 1.0 */
			buf_addc(b, (unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' ? ' ' : *s);
		}
}

/* A property holding one value in an RDF container: Alt (a text in the
 * default language), Seq or Bag. */
static void
xmp_list(struct buf *b, const char *key, const char *kind, const char *value)
{
	if (value == NULL)
		return;
	buf_printf(b, "<%s><rdf:%s><rdf:li%s>", key, kind,
	    strcmp(kind, "Alt") == 0 ? " xml:lang=\"x-default\"" : "");
	xml_text(b, value);
	buf_printf(b, "</rdf:li></rdf:%s></%s>\n", kind, key);
}

static void
xmp_simple(struct buf *b, const char *key, const char *value)
{
	if (value == NULL)
		return;
	buf_printf(b, "<%s>", key);
	xml_text(b, value);
	buf_printf(b, "</%s>\n", key);
}

/* The XMP packet (ISO 16684-1) that PDF/A-2 asks for, with the same
 * values as the Info dictionary; one element a line, no indentation
 * (every byte is in every PDF). */
static void
xmp_packet(struct buf *b, const struct pdfa_meta *m)
{
	char date[64];

	snprintf(date, sizeof(date), "%04d-%02d-%02dT%02d:%02d:%02d+00:00",
	    m->when.tm_year + 1900, m->when.tm_mon + 1, m->when.tm_mday, m->when.tm_hour,
	    m->when.tm_min, m->when.tm_sec);
	buf_adds(b, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    /* one description for all schemas: XMP allows it, and it is
	     * shorter than one each */
	    "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
	    " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
	    " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
	if (m->ua)
		buf_adds(b, " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
		    " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
		    " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
		    " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
	buf_adds(b, ">\n<dc:format>application/pdf</dc:format>\n");
	xmp_list(b, "dc:title", "Alt", m->title);
	xmp_list(b, "dc:creator", "Seq", m->author);
	xmp_list(b, "dc:description", "Alt", m->subject);
	xmp_list(b, "dc:language", "Bag", m->lang);
	xmp_simple(b, "xmp:CreateDate", date);
	xmp_simple(b, "xmp:ModifyDate", date);
	xmp_simple(b, "xmp:MetadataDate", date);
	xmp_simple(b, "xmp:CreatorTool", m->creator);
	xmp_simple(b, "pdf:Producer", m->producer);
	xmp_simple(b, "pdf:Keywords", m->keywords);
	buf_adds(b, "<pdfaid:part>2</pdfaid:part>\n"
	    "<pdfaid:conformance>B</pdfaid:conformance>\n");
	if (m->ua) {
		/* pdfuaid is no schema PDF/A-2 predefines: it is declared
		 * in an extension schema (veraPDF rule 6.6.2.3.1). */
		buf_adds(b, "<pdfuaid:part>1</pdfuaid:part>\n"
		    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
		    "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
		    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
		    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
		    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
		    "<pdfaProperty:name>part</pdfaProperty:name>\n"
		    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
		    "<pdfaProperty:category>internal</pdfaProperty:category>\n"
		    "<pdfaProperty:description>The part of ISO 14289 (PDF/UA) followed</pdfaProperty:description>\n"
		    "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
		    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
	}
	buf_adds(b, "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
}

int
pdfa_catalog(HPDF_Doc pdf, const struct pdfa_meta *m)
{
	struct buf xmp = { NULL, 0, 0 };
	HPDF_Dict catalog = hpdfx_catalog(pdf), md, icc, intent;
	int rc = -1;

	xmp_packet(&xmp, m);
	/* PDF/A-2 allows a filter on the metadata (only PDF/A-1 forbade one) */
	if ((md = hpdfx_stream(pdf, xmp.data, xmp.len)) == NULL ||
	    hpdfx_add_name(md, "Type", "Metadata") != 0 ||
	    hpdfx_add_name(md, "Subtype", "XML") != 0 ||
	    hpdfx_add_dict(catalog, "Metadata", md) != 0)
		goto done;

	/* The output intent: everything is DeviceRGB or DeviceGray, which
	 * an RGB intent covers (PDF/A-2 6.2.4.3). */
	if ((icc = hpdfx_stream(pdf, srgb_icc, srgb_icc_len)) == NULL ||
	    hpdfx_add_number(icc, "N", 3) != 0 ||
	    hpdfx_add_name(icc, "Alternate", "DeviceRGB") != 0 ||
	    (intent = hpdfx_dict(pdf, true)) == NULL ||
	    hpdfx_add_name(intent, "Type", "OutputIntent") != 0 ||
	    hpdfx_add_name(intent, "S", "GTS_PDFA1") != 0 ||
	    hpdfx_add_string(pdf, intent, "OutputConditionIdentifier", "sRGB IEC61966-2.1") != 0 ||
	    hpdfx_add_string(pdf, intent, "Info", "sRGB IEC61966-2.1") != 0 ||
	    hpdfx_add_string(pdf, intent, "RegistryName", "http://www.color.org") != 0 ||
	    hpdfx_add_dict(intent, "DestOutputProfile", icc) != 0 ||
	    hpdfx_add_dict_array(pdf, catalog, "OutputIntents", intent) != 0)
		goto done;
	rc = 0;
done:
	buf_free(&xmp);
	return rc;
}

/* Writes entries (lines, blocks separated by \x01) as "N beginKIND ...
 * endKIND" blocks of at most 100 lines. */
static void
emit_blocks(struct buf *b, const struct buf *entries, int n, const char *kind)
{
	const char *p = entries->data, *sep;
	int left = n;

	while (left > 0 && p != NULL) {
		int k = left < 100 ? left : 100;

		buf_printf(b, "%d begin%s\n", k, kind);
		sep = strchr(p, '\x01');
		if (sep != NULL) {
			buf_add(b, p, (size_t)(sep - p));
			p = sep + 1;
		} else {
			buf_adds(b, p);
			buf_printf(b, "end%s\n", kind);
			p = NULL;
		}
		left -= k;
	}
}

int
pdfa_tounicode(HPDF_Doc pdf, HPDF_Font font, const uint32_t unicode[256])
{
	struct buf b = { NULL, 0, 0 }, ranges = { NULL, 0, 0 }, chars = { NULL, 0, 0 };
	HPDF_Dict cm;
	int code, nranges = 0, nchars = 0;

	/* runs of codes for runs of characters (a-z, 0-9) as one bfrange
	 * line; the rest, and anything beyond the BMP, as bfchar lines */
	for (code = 0; code < 256; code++) {
		uint32_t u = unicode[code];
		int end = code;

		if (u == 0)
			continue;
		while (u < 0x10000 && end + 1 < 256 && unicode[end + 1] == u + (uint32_t)(end + 1 - code) &&
		    ((u + (uint32_t)(end + 1 - code)) & 0xFF) != 0)
			end++;
		if (end > code) {
			if (nranges % 100 == 0 && nranges > 0)
				buf_adds(&ranges, "endbfrange\n\x01");
			buf_printf(&ranges, "<%02X> <%02X> <%04X>\n", code, end, u);
			nranges++;
			code = end;
			continue;
		}
		if (nchars % 100 == 0 && nchars > 0)
			buf_adds(&chars, "endbfchar\n\x01");
		if (u >= 0x10000)
			buf_printf(&chars, "<%02X> <%04X%04X>\n", code, 0xD800 + ((u - 0x10000) >> 10),
			    0xDC00 + ((u - 0x10000) & 0x3FF));
		else
			buf_printf(&chars, "<%02X> <%04X>\n", code, u);
		nchars++;
	}
	buf_adds(&b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
	/* at most 100 entries a block (PDF 32000-1, 9.10.3): \x01 marks
	 * where a block ends and the next begins */
	emit_blocks(&b, &ranges, nranges, "bfrange");
	emit_blocks(&b, &chars, nchars, "bfchar");
	buf_adds(&b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
	buf_free(&ranges);
	buf_free(&chars);
	cm = hpdfx_stream(pdf, b.data, b.len);
	buf_free(&b);
	if (cm == NULL)
		return -1;
	return hpdfx_add_dict(font, "ToUnicode", cm);
}

void
pdfa_utf16(struct buf *b, const char *utf8)
{
	size_t len = strlen(utf8), k, start = b->len, cut;
	uint32_t cp;

	buf_add(b, "\xFE\xFF", 2);
	for (; len > 0; utf8 += k, len -= k) {
		unsigned char u[4];

		if ((k = utf8_decode(utf8, len, &cp)) == 0) {
			k = 1;
			cp = 0xFFFD;
		}
		if (cp >= 0x10000) {
			uint32_t v = cp - 0x10000, hi = 0xD800 + (v >> 10), lo = 0xDC00 + (v & 0x3FF);

			u[0] = (unsigned char)(hi >> 8);
			u[1] = (unsigned char)hi;
			u[2] = (unsigned char)(lo >> 8);
			u[3] = (unsigned char)lo;
			buf_add(b, u, 4);
		} else {
			u[0] = (unsigned char)(cp >> 8);
			u[1] = (unsigned char)cp;
			buf_add(b, u, 2);
		}
	}
	if (b->len - start <= PDFA_STRING_MAX)
		return;
	/* too long: cut (never inside a surrogate pair) and end in U+2026 */
	cut = start + (PDFA_STRING_MAX - 2) / 2 * 2;
	if (((unsigned char)b->data[cut - 2] & 0xFC) == 0xD8)
		cut -= 2;
	b->len = cut;
	buf_add(b, "\x20\x26", 2);
}

int
pdfa_add_text(HPDF_Doc pdf, HPDF_Dict dict, const char *key, const char *utf8)
{
	struct buf b = { NULL, 0, 0 };
	int rc;

	pdfa_utf16(&b, utf8);
	rc = hpdfx_add_hex(pdf, dict, key, b.data, b.len);
	buf_free(&b);
	return rc;
}

void
pdfa_version(HPDF_Doc pdf)
{
	/* libharu's header table holds "%PDF-1.7" and the binary comment
	 * PDF/A needs (pdf_pack's object and xref streams need 1.5). */
	hpdfx_pdf_version(pdf, HPDF_VER_17);
}
