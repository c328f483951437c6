/* The XML reader: the one place that knows libxml2.  It refuses DOCTYPEs
 * and network access, validates against the schema compiled into the
 * program, and turns the tree into the model with every position kept. */

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "diag.h"
#include "format.h"
#include "fsutil.h"
#include "limit.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"
#include "xml_read.h"

/* The schema text, generated from schema/iopdoc.xsd by the build. */
extern const unsigned char	schema_xsd[];
extern const size_t		schema_xsd_len;

struct reader {
	struct agreement	*ag;
	struct followup		*fu;
	struct arena		*arena;
	const char		*path;
	int			 errors;
};

static xmlSchemaPtr	 schema;
static int		 schema_failed;

/* ---------- libxml2 errors ---------- */

static void
structured_error(void *ctx, xmlErrorPtr err)
{
	struct reader *r = ctx;
	char msg[1024];
	size_t n;

	if (err == NULL || err->level == XML_ERR_WARNING)
		return;
	if (err->message != NULL && strncmp(err->message, "Excessive depth in document", 27) == 0) {
		/* libxml2 stops at 256 and suggests an option we never use */
		r->errors++;
		diag(r->path, err->line, MSG_LIMIT_DEPTH, LIMIT_DEPTH);
		return;
	}
	if (err->message != NULL && strncmp(err->message, "xmlParseEntityRef", 17) == 0)
		snprintf(msg, sizeof(msg), "an \"&\" that starts no entity; write it as &amp;");
	else
		snprintf(msg, sizeof(msg), "%s", err->message ? err->message : "unknown error");
	/* A line break inside is a value's: diag() shows it as <U+000A>. */
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	r->errors++;
	if (err->domain == XML_FROM_SCHEMASV || err->domain == XML_FROM_SCHEMASP)
		diag(r->path, err->line, MSG_SCHEMA, msg);
	else
		diag(r->path, err->line, MSG_XML_MALFORMED, msg);
}

static void
silent_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* Our format needs no external resource: refuse every one. */
static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static int
load_schema(void)
{
	xmlSchemaParserCtxtPtr pctx;

	if (schema != NULL)
		return 0;
	if (schema_failed)
		return -1;
	xmlSetStructuredErrorFunc(NULL, silent_error);
	pctx = xmlSchemaNewMemParserCtxt((const char *)schema_xsd, (int)schema_xsd_len);
	if (pctx != NULL) {
		schema = xmlSchemaParse(pctx);
		xmlSchemaFreeParserCtxt(pctx);
	}
	if (schema == NULL) {
		schema_failed = 1;
		diag(NULL, 0, MSG_PDF_LIBRARY, 0, 0u, "compiling the built-in schema");
		return -1;
	}
	return 0;
}

void
xml_read_cleanup(void)
{
	if (schema != NULL)
		xmlSchemaFree(schema);
	schema = NULL;
	xmlCleanupParser();
}

/* ---------- reading the file ---------- */

static int
is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
read_file(const char *path, char **data, size_t *len)
{
	int err = read_file_limited(path, (size_t)LIMIT_FILE_MB * 1024 * 1024,
	    (unsigned char **)data, len);

	if (err == EFBIG)
		diag(path, 0, MSG_FILE_TOO_LARGE, LIMIT_FILE_MB);
	else if (err != 0)
		diag(NULL, 0, MSG_READ_FAILED, path, read_error_text(err));
	return err != 0 ? -1 : 0;
}

/* ---------- the encoding: every input becomes UTF-8 here ----------
 *
 * iopdoc converts the file to UTF-8 itself (glibc's iconv) before libxml2
 * sees it, so that a byte wrong for the encoding is reported once and with
 * its line, line ends are LF whatever the editor wrote (libxml2 counts
 * lines at LF only), and decomposed letters are composed (utf8_nfc). */

/* The file's line at byte off of UTF-8 (or ASCII-compatible) text, with
 * CR LF, CR and LF each ending a line. */
static long
line_at(const char *s, size_t off)
{
	long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= off || s[i + 1] != '\n')))
			line++;
	return line;
}

/* Case-insensitive prefix test of an encoding name, ignoring '-' and '_'
 * ("utf8", "UTF-8", "utf_8"). */
static int
encoding_is(const char *name, const char *prefix)
{
	for (; *prefix != '\0'; prefix++, name++) {
		while (*name == '-' || *name == '_')
			name++;
		while (*prefix == '-')
			prefix++;
		if (*prefix == '\0')
			break;
		if (*name == '\0' || (*name | 0x20) != (*prefix | 0x20))
			return 0;
	}
	return 1;
}

/* The encoding the XML declaration names, read from the first bytes in
 * units of width bytes (1, 2 or 4; low is the index of the byte that holds
 * the ASCII character in a unit).  Empty when there is none. */
static void
declared_encoding(const char *data, size_t len, size_t width, size_t low,
    char *name, size_t size)
{
	char head[512];
	size_t n = 0, i, j;
	const char *p, *end;

	name[0] = '\0';
	for (i = 0; i + width <= len && n + 1 < sizeof(head); i += width) {
		for (j = 0; j < width; j++)
			if (j != low && data[i + j] != '\0')
				break;
		if (j < width || (unsigned char)data[i + low] >= 0x80)
			break;
		head[n++] = data[i + low];
		if (n >= 2 && head[n - 2] == '?' && head[n - 1] == '>')
			break;
	}
	head[n] = '\0';
	if (strncmp(head, "<?xml", 5) != 0 || !is_xml_space(head[5]) ||
	    (end = strstr(head, "?>")) == NULL)
		return;
	for (p = head + 5; (p = strstr(p, "encoding")) != NULL && p < end; p += 8) {
		char quote;

		if (!is_xml_space(p[-1]))
			continue;
		p += 8;
		while (is_xml_space(*p))
			p++;
		if (*p++ != '=')
			return;
		while (is_xml_space(*p))
			p++;
		if ((quote = *p++) != '"' && quote != '\'')
			return;
		for (n = 0; p[n] != quote && p[n] != '\0' && n + 1 < size; n++)
			name[n] = p[n];
		name[p[n] == quote ? n : 0] = '\0';
		return;
	}
}

/* The first UTF-8 sequence beyond ASCII in valid UTF-8 text, and what it
 * becomes read in the encoding from: "ö" and "Ã¶".  Returns its offset. */
static size_t
mojibake_example(const char *data, size_t len, iconv_t cd, char *as_utf8,
    char *as_declared, size_t size)
{
	size_t off = 0, k, i, o = 0;
	uint32_t cp;

	while (off < len && (unsigned char)data[off] < 0x80)
		off++;
	k = utf8_decode(data + off, len - off, &cp);
	memcpy(as_utf8, data + off, k);
	as_utf8[k] = '\0';
	for (i = 0; i < k && o + 8 < size; i++) {
		char *in = (char *)data + off + i, *out = as_declared + o;
		size_t inleft = 1, outleft = size - o - 8;

		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &in, &inleft, &out, &outleft) == (size_t)-1)
			o += (size_t)snprintf(as_declared + o, size - o, "<0x%02X>",
			    (unsigned)(unsigned char)data[off + i]);
		else
			o = (size_t)(out - as_declared);
	}
	as_declared[o] = '\0';
	return off;
}

/* Converts len bytes from the encoding from (an iconv name) to UTF-8 in a
 * new buffer *text.  A byte the encoding does not have is an error with
 * its line. */
static int
convert(const char *path, const char *data, size_t len, iconv_t cd,
    const char *from, char **text, size_t *text_len)
{
	char *in = (char *)data, *out;
	size_t inleft = len, outleft, cap = len * 2 + 16, used = 0;

	*text = xmalloc(cap);
	for (;;) {
		out = *text + used;
		outleft = cap - used - 1;
		/* the last call, without input, ends a stateful encoding's
		 * shift sequence */
		if (iconv(cd, &in, &inleft, &out, &outleft) != (size_t)-1 &&
		    inleft == 0 && iconv(cd, NULL, NULL, &out, &outleft) != (size_t)-1) {
			used = (size_t)(out - *text);
			break;
		}
		used = (size_t)(out - *text);
		if (errno == E2BIG) {
			cap *= 2;
			*text = xrealloc(*text, cap);
			continue;
		}
		/* EILSEQ or EINVAL (cut short): the lines so far are in the
		 * UTF-8 written, whatever the width of the source. */
		diag(path, line_at(*text, used), MSG_XML_ENCODING_BYTE,
		    inleft > 0 ? (unsigned)(unsigned char)*in : 0u, from);
		free(*text);
		*text = NULL;
		return -1;
	}
	*text_len = used;
	return 0;
}

/* The input as UTF-8 with LF line ends and composed letters, in *text
 * (*owned when it had to be copied, for the caller to free). */
static int
decode_input(const char *path, const char *data, size_t len, const char **text,
    size_t *text_len, char **owned)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *family = NULL, *from = NULL, *bom = NULL;
	size_t width = 1, low = 0, skip = 0, off = 0, k, i;
	char declared[64], *buf;
	uint32_t cp;
	iconv_t cd;

	*owned = NULL;
	/* The byte order mark, or the first characters "<?" in a wide
	 * encoding (XML 1.0, appendix F). */
	if (len >= 4 && memcmp(u, "\xFF\xFE\0\0", 4) == 0)
		bom = family = "UTF-32", from = "UTF-32LE", width = 4, skip = 4;
	else if (len >= 4 && memcmp(u, "\0\0\xFE\xFF", 4) == 0)
		bom = family = "UTF-32", from = "UTF-32BE", width = 4, low = 3, skip = 4;
	else if (len >= 3 && memcmp(u, "\xEF\xBB\xBF", 3) == 0)
		bom = family = "UTF-8", skip = 3;
	else if (len >= 2 && memcmp(u, "\xFF\xFE", 2) == 0)
		bom = family = "UTF-16", from = "UTF-16LE", width = 2, skip = 2;
	else if (len >= 2 && memcmp(u, "\xFE\xFF", 2) == 0)
		bom = family = "UTF-16", from = "UTF-16BE", width = 2, low = 1, skip = 2;
	else if (len >= 4 && memcmp(u, "\0\0\0<", 4) == 0)
		family = "UTF-32", from = "UTF-32BE", width = 4, low = 3;
	else if (len >= 4 && memcmp(u, "<\0\0\0", 4) == 0)
		family = "UTF-32", from = "UTF-32LE", width = 4;
	else if (len >= 4 && memcmp(u, "\0<\0?", 4) == 0)
		family = "UTF-16", from = "UTF-16BE", width = 2, low = 1;
	else if (len >= 4 && memcmp(u, "<\0?\0", 4) == 0)
		family = "UTF-16", from = "UTF-16LE", width = 2;
	data += skip;
	len -= skip;
	declared_encoding(data, len, width, low, declared, sizeof(declared));

	if (family != NULL) {
		/* The bytes say which encoding it is; a declaration naming
		 * another is a mistake to show, not to follow. */
		if (bom != NULL && declared[0] != '\0' && !encoding_is(declared, family) &&
		    !(width == 2 && (encoding_is(declared, "UCS-2") ||
		    encoding_is(declared, "ISO-10646-UCS-2"))) &&
		    !(width == 4 && (encoding_is(declared, "UCS-4") ||
		    encoding_is(declared, "ISO-10646-UCS-4")))) {
			diag(path, 1, MSG_XML_ENCODING_BOM, bom, declared);
			return -1;
		}
	} else if (declared[0] != '\0' && !encoding_is(declared, "UTF-8") &&
	    !encoding_is(declared, "UTF-16") && !encoding_is(declared, "UTF-32") &&
	    !encoding_is(declared, "UCS")) {
		/* A wide encoding declared on ASCII-compatible bytes cannot
		 * be: libxml2, too, reads such a file as UTF-8. */
		from = declared;
	}

	if (from == NULL) {
		/* UTF-8: checked where it is, copied only to be changed. */
		while (off < len) {
			if ((k = utf8_decode(data + off, len - off, &cp)) == 0) {
				/* with a byte order mark, a declaration would
				 * contradict it: only saving as UTF-8 helps */
				diag(path, line_at(data, off), bom != NULL ?
				    MSG_XML_ENCODING_BOM_INVALID : MSG_XML_ENCODING);
				return -1;
			}
			off += k;
		}
		if (memchr(data, '\r', len) == NULL && memchr(data, '\xCC', len) == NULL &&
		    memchr(data, '\xCD', len) == NULL) {
			*text = data;
			*text_len = len;
			return 0;
		}
		buf = xmalloc(len + 1);
		memcpy(buf, data, len);
	} else {
		size_t n;

		/* Only XML's EncName characters: an iconv suffix such as
		 * //IGNORE would drop bad bytes unseen. */
		if (strspn(from, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789._-") != strlen(from) ||
		    (cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
			diag(path, 1, MSG_XML_ENCODING_UNKNOWN, declared);
			return -1;
		}
		/* UTF-8 under a one-byte encoding's name would turn "ö" into
		 * "Ã¶" without any error: refused, with an example. */
		if (family == NULL && utf8_valid(data, len)) {
			for (i = 0; i < len && (unsigned char)data[i] < 0x80; i++)
				continue;
			if (i < len) {
				char as_utf8[8], as_declared[64];

				off = mojibake_example(data, len, cd, as_utf8, as_declared,
				    sizeof(as_declared));
				diag(path, line_at(data, off), MSG_XML_ENCODING_UTF8,
				    declared, as_utf8, as_declared);
				iconv_close(cd);
				return -1;
			}
		}
		k = convert(path, data, len, cd, family != NULL ? family : declared, &buf, &n);
		iconv_close(cd);
		if (k != 0)
			return -1;
		len = n;
	}
	/* Line ends: CR LF and a lone CR (old Macs) become LF, as XML 1.0
	 * says; then composed letters. */
	for (i = 0, k = 0; i < len; i++) {
		if (buf[i] == '\r') {
			buf[k++] = '\n';
			if (i + 1 < len && buf[i + 1] == '\n')
				i++;
		} else
			buf[k++] = buf[i];
	}
	len = utf8_nfc(buf, k);
	buf[len] = '\0';
	*text = *owned = buf;
	*text_len = len;
	return 0;
}

/* Our format needs no DOCTYPE; refusing it before parsing keeps entity
 * expansion (billion laughs) and external entities out altogether.  Scans
 * the prolog: the declaration, comments, processing instructions. */
static int
check_doctype(const char *path, const char *data, size_t len)
{
	size_t i = 0;
	long line = 1;

	while (i < len) {
		if (data[i] == '\n')
			line++;
		if (data[i] != '<') {
			i++;
			continue;
		}
		if (len - i >= 9 && memcmp(data + i, "<!DOCTYPE", 9) == 0) {
			diag(path, line, MSG_XML_DOCTYPE);
			return -1;
		}
		if (len - i >= 4 && memcmp(data + i, "<!--", 4) == 0) {
			for (i += 4; i + 2 < len && memcmp(data + i, "-->", 3) != 0; i++)
				line += data[i] == '\n';
			i += 3;
			continue;
		}
		if (len - i >= 2 && data[i + 1] == '?') {
			i++;
			continue;
		}
		return 0;	/* the document element: the prolog is over */
	}
	return 0;
}

/* ---------- tree helpers ---------- */

static int
is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNode *
first_elem(xmlNode *n)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

static xmlNode *
next_elem(xmlNode *n)
{
	return first_elem(n->next);
}

static xmlNode *
child(xmlNode *n, const char *name)
{
	xmlNode *c;

	for (c = first_elem(n->children); c != NULL; c = next_elem(c))
		if (is(c, name))
			return c;
	return NULL;
}

static long
line_of(const xmlNode *n)
{
	return xmlGetLineNo(n);
}

/* s with XML white space collapsed to single spaces and trimmed, in the
 * arena: the schema checks ids, dates and codes so (xs:token), and text
 * is printed so. */
static char *
collapse_space(struct reader *r, const char *s)
{
	char *out, *o;
	int space = 0;

	o = out = arena_alloc(r->arena, strlen(s) + 1);
	for (; *s != '\0'; s++) {
		if (is_xml_space(*s)) {
			space = o != out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* The value of an attribute, in the arena, or NULL. */
static char *
attr(struct reader *r, xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = collapse_space(r, (const char *)v);
	xmlFree(v);
	return s;
}

static int
attr_is(struct reader *r, xmlNode *n, const char *name, const char *value)
{
	char *v = attr(r, n, name);

	return v != NULL && strcmp(v, value) == 0;
}

static long long
attr_ll(struct reader *r, xmlNode *n, const char *name, bool *has)
{
	char *v = attr(r, n, name);

	*has = v != NULL;
	return v != NULL ? strtoll(v, NULL, 10) : 0;
}

static int
attr_int(struct reader *r, xmlNode *n, const char *name)
{
	bool has;

	return (int)attr_ll(r, n, name, &has);
}

/* Collapse XML white space to single spaces and trim: the text content
 * of an element without markup, in the arena. */
static char *
plain_text(struct reader *r, xmlNode *n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *out;

	if (v == NULL)
		return arena_strdup(r->arena, "");
	out = collapse_space(r, (const char *)v);
	xmlFree(v);
	return out;
}

static char *
child_text(struct reader *r, xmlNode *n, const char *name)
{
	xmlNode *c = child(n, name);

	return c != NULL ? plain_text(r, c) : NULL;
}

/* The same, and the child's line in *line (unchanged when absent). */
static char *
child_text_at(struct reader *r, xmlNode *n, const char *name, long *line)
{
	xmlNode *c = child(n, name);

	if (c == NULL)
		return NULL;
	*line = line_of(c);
	return plain_text(r, c);
}

/* Reads a date attribute or element text; an impossible date is an
 * error here, where the line is known. */
static void
parse_date(struct reader *r, const char *s, long line, const char *what, struct date *d)
{
	int rc;

	if (s == NULL)
		return;
	rc = date_parse(s, d);
	if (rc != 0) {
		diag(r->path, line, MSG_DATE_INVALID, s, what);
		r->errors++;
	}
}

static void
attr_date(struct reader *r, xmlNode *n, const char *name, const char *what, struct date *d)
{
	parse_date(r, attr(r, n, name), line_of(n), what, d);
}

/* ---------- inline text ---------- */

struct rich_builder {
	struct rich	*rich;
	int		 space;		/* a space is pending */
	int		 started;	/* text has been emitted */
};

/* Appends a text node.  libxml2 gives a text node the line where it
 * ends, so count back; each source line becomes its own run, so that a
 * message about any character names the line it is on. */
static void
inline_text(struct reader *r, struct rich_builder *b, const char *s, unsigned style, long line)
{
	struct buf_s { char *p; size_t n, cap; } out = { NULL, 0, 0 };
	const char *c;

	for (c = s; *c != '\0'; c++)
		line -= *c == '\n';
	for (; *s != '\0'; s++) {
		if (is_xml_space(*s)) {
			b->space = b->started;
			if (*s == '\n') {
				if (out.n > 0)
					rich_append(r->arena, b->rich, out.p, out.n, style, line);
				out.n = 0;
				line++;
			}
			continue;
		}
		xgrow((void **)&out.p, &out.cap, out.n + 3, 1);
		if (b->space)
			out.p[out.n++] = ' ';
		b->space = 0;
		b->started = 1;
		out.p[out.n++] = *s;
	}
	if (out.n > 0)
		rich_append(r->arena, b->rich, out.p, out.n, style, line);
	free(out.p);
}

static void
inline_content(struct reader *r, struct rich_builder *b, xmlNode *n, unsigned style)
{
	xmlNode *c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			inline_text(r, b, (const char *)c->content, style, c->line ? c->line : line_of(n));
		else if (is(c, "em"))
			inline_content(r, b, c, style | RUN_EM);
		else if (is(c, "strong"))
			inline_content(r, b, c, style | RUN_STRONG);
	}
}

static void
read_rich(struct reader *r, xmlNode *n, struct rich *out)
{
	struct rich_builder b = { out, 0, 0 };

	if (n != NULL)
		inline_content(r, &b, n, 0);
}

/* ---------- the head ---------- */

static enum per
parse_per(const char *s)
{
	if (s == NULL || strcmp(s, "year") == 0)
		return PER_YEAR;
	if (strcmp(s, "half-year") == 0)
		return PER_HALF_YEAR;
	return PER_PERIOD;
}

static void
read_parties(struct reader *r, xmlNode *n)
{
	struct agreement *ag = r->ag;
	struct party **tail = &ag->parties;
	xmlNode *c, *k;

	for (c = child(n, "party"); c != NULL; c = next_elem(c)) {
		struct party *p = arena_alloc(r->arena, sizeof(*p));
		struct contact **ct = &p->contacts;

		p->index = ag->nparties++;
		p->line = line_of(c);
		p->id = attr(r, c, "id");
		p->role = attr_is(r, c, "role", "public") ? ROLE_PUBLIC : ROLE_IDEBUREN;
		p->name_line = p->acting_line = p->line;
		p->name = child_text_at(r, c, "name", &p->name_line);
		p->shortname = child_text(r, c, "short");
		if ((k = child(c, "orgnr")) != NULL) {
			p->orgnr = plain_text(r, k);
			p->orgnr_line = line_of(k);
		}
		p->acting = child_text_at(r, c, "acting", &p->acting_line);
		for (k = child(c, "contact"); k != NULL; k = next_elem(k)) {
			struct contact *con;

			if (!is(k, "contact"))
				continue;
			con = arena_alloc(r->arena, sizeof(*con));
			con->line = line_of(k);
			con->label = attr(r, k, "label");
			con->name = child_text(r, k, "name");
			con->email = child_text(r, k, "email");
			con->phone = child_text(r, k, "phone");
			*ct = con;
			ct = &con->next;
		}
		*tail = p;
		tail = &p->next;
	}
}

static void
read_goals(struct reader *r, xmlNode *n, struct goal **tail)
{
	xmlNode *c;
	int i;

	for (c = child(n, "goal"); c != NULL; c = next_elem(c)) {
		struct goal *g = arena_alloc(r->arena, sizeof(*g));
		char *s;

		g->line = line_of(c);
		g->id = attr(r, c, "id");
		g->text = plain_text(r, c);
		g->measure = attr(r, c, "measure");
		g->unit = attr(r, c, "unit");
		if ((s = attr(r, c, "kind")) != NULL)
			for (i = 0; i < GOAL_KIND_COUNT; i++)
				if (strcmp(s, model_goal_kind_name((enum goal_kind)i)) == 0)
					g->kind = (enum goal_kind)i;
		if ((s = attr(r, c, "comparison")) != NULL)
			for (i = CMP_NONE + 1; i < COMPARISON_COUNT; i++)
				if (strcmp(s, model_comparison_name((enum comparison)i)) == 0)
					g->comparison = (enum comparison)i;
		g->value = attr_ll(r, c, "value", &g->has_value);
		if ((s = attr(r, c, "per")) != NULL) {
			g->has_per = true;
			g->per = parse_per(s);
		}
		g->year = attr_int(r, c, "year");
		attr_date(r, c, "from", "goal period start", &g->from);
		attr_date(r, c, "to", "goal period end", &g->to);
		*tail = g;
		tail = &g->next;
	}
}

static void
read_target_groups(struct reader *r, xmlNode *n)
{
	struct target_group **tail = &r->ag->target_groups;
	xmlNode *c;
	int i;

	for (c = child(n, "target-group"); c != NULL; c = next_elem(c)) {
		struct target_group *t = arena_alloc(r->arena, sizeof(*t));
		char *s = attr(r, c, "kind");

		t->line = line_of(c);
		t->text = plain_text(r, c);
		for (i = 0; s != NULL && i < TARGET_KIND_COUNT; i++)
			if (strcmp(s, model_target_kind_name((enum target_kind)i)) == 0)
				t->kind = (enum target_kind)i;
		*tail = t;
		tail = &t->next;
	}
}

static struct budget *
read_budget(struct reader *r, xmlNode *n)
{
	struct budget *b = arena_alloc(r->arena, sizeof(*b));
	struct budget **tail;
	struct budget_line **lt = &b->lines;
	xmlNode *c, *t;
	char *s;

	b->line = line_of(n);
	b->party_id = attr(r, n, "party");
	b->year = attr_int(r, n, "year");
	b->per = parse_per(attr(r, n, "per"));
	if ((s = attr(r, n, "kind")) != NULL)
		b->kind = strcmp(s, "money") == 0 ? BUDGET_MONEY :
		    strcmp(s, "in-kind") == 0 ? BUDGET_IN_KIND : BUDGET_MIXED;
	b->kronor = attr_is(r, n, "currency", "kronor");
	b->label_heading = attr(r, n, "label-heading");
	b->quantity_heading = attr(r, n, "quantity-heading");
	b->amount_heading = attr(r, n, "amount-heading");
	read_rich(r, child(n, "caption"), &b->caption);
	read_rich(r, child(n, "description"), &b->description);
	for (c = first_elem(n->children); c != NULL; c = next_elem(c)) {
		struct budget_line *l;
		bool has;

		if (!is(c, "line"))
			continue;
		l = arena_alloc(r->arena, sizeof(*l));
		l->line = line_of(c);
		l->amount = attr_ll(r, c, "amount", &has);
		read_rich(r, child(c, "label"), &l->label);
		l->quantity = child_text(r, c, "quantity");
		read_rich(r, child(c, "description"), &l->description);
		*lt = l;
		lt = &l->next;
		b->nlines++;
	}
	if ((t = child(n, "total")) != NULL) {
		b->total_line = line_of(t);
		b->total_label = attr(r, t, "label");
		b->stated_total = attr_ll(r, t, "stated", &b->has_stated_total);
	}
	for (tail = &r->ag->budgets; *tail != NULL; tail = &(*tail)->next)
		continue;
	*tail = b;
	return b;
}

static void
read_economy(struct reader *r, xmlNode *n)
{
	struct agreement *ag = r->ag;
	xmlNode *c, *v;

	ag->prorate = attr_is(r, n, "prorate", "yes");
	for (c = first_elem(n->children); c != NULL; c = next_elem(c)) {
		if (is(c, "stated-total")) {
			ag->stated_total = attr_ll(r, c, "amount", &ag->has_stated_total);
			ag->stated_total_per = parse_per(attr(r, c, "per"));
			ag->stated_total_line = line_of(c);
		} else if (is(c, "adjustment")) {
			struct adjustment *a = &ag->adjustment;
			struct index_value **vt = &a->values;
			char *s;

			a->line = line_of(c);
			a->kind = attr_is(r, c, "kind", "percent") ? ADJ_PERCENT : ADJ_INDEX;
			if ((s = attr(r, c, "percent")) != NULL) {
				a->has_percent = true;
				a->percent = strtod(s, NULL);
			}
			a->index = attr(r, c, "index");
			attr_date(r, c, "from", "adjustment start", &a->from);
			for (v = child(c, "value"); v != NULL; v = next_elem(v)) {
				struct index_value *iv = arena_alloc(r->arena, sizeof(*iv));

				iv->line = line_of(v);
				attr_date(r, v, "from", "index value start", &iv->from);
				iv->percent = strtod(attr(r, v, "percent"), NULL);
				*vt = iv;
				vt = &iv->next;
			}
		} else if (is(c, "budget"))
			read_budget(r, c);
	}
}

static void
read_head(struct reader *r, xmlNode *root)
{
	struct agreement *ag = r->ag;
	xmlNode *c;
	char *s;

	ag->line = line_of(root);
	ag->id = attr(r, root, "id");
	ag->kind = attr_is(r, root, "kind", "samverkan") ? KIND_SAMVERKAN : KIND_IOP;
	s = attr(r, root, "status");
	ag->status = s == NULL ? STATUS_DRAFT : strcmp(s, "signed") == 0 ? STATUS_SIGNED :
	    strcmp(s, "final") == 0 ? STATUS_FINAL : STATUS_DRAFT;
	ag->title_page = attr_is(r, root, "title-page", "yes");

	for (c = first_elem(root->children); c != NULL; c = next_elem(c)) {
		if (is(c, "title")) {
			ag->title = plain_text(r, c);
			ag->title_line = line_of(c);
		} else if (is(c, "subtitle")) {
			ag->subtitle = plain_text(r, c);
			ag->subtitle_line = line_of(c);
		} else if (is(c, "effort")) {
			ag->effort = plain_text(r, c);
			ag->effort_line = line_of(c);
		} else if (is(c, "diarienummer")) {
			ag->diarienummer = plain_text(r, c);
			ag->diarienummer_line = line_of(c);
		}
		else if (is(c, "date")) {
			ag->date_line = line_of(c);
			parse_date(r, plain_text(r, c), line_of(c), "document date", &ag->date);
		} else if (is(c, "handlaggare")) {
			ag->handlaggare = plain_text(r, c);
			ag->handlaggare_line = line_of(c);
		} else if (is(c, "unit")) {
			ag->unit = plain_text(r, c);
			ag->unit_line = line_of(c);
		}
		else if (is(c, "parties"))
			read_parties(r, c);
		else if (is(c, "responsible-namnd")) {
			struct namnd_ref *nr = arena_alloc(r->arena, sizeof(*nr));

			nr->line = line_of(c);
			nr->id = attr(r, c, "id");
			nr->kommun = attr(r, c, "kommun");
			nr->inferred = attr_is(r, c, "source", "inferred");
			nr->name = plain_text(r, c);
			ag->namnd = nr;
		} else if (is(c, "period")) {
			ag->period_line = line_of(c);
			attr_date(r, c, "from", "period start", &ag->from);
			attr_date(r, c, "to", "period end", &ag->to);
		} else if (is(c, "terms")) {
			xmlNode *t;

			if ((t = child(c, "notice")) != NULL)
				ag->notice_months = attr_int(r, t, "months");
			if ((t = child(c, "review")) != NULL)
				attr_date(r, t, "by", "review date", &ag->review_by);
			ag->immediate_termination = child(c, "immediate-termination") != NULL;
		} else if (is(c, "followup")) {
			struct followup_duty *f = &ag->followup;

			f->present = true;
			f->line = line_of(c);
			f->meetings_per_year = attr_int(r, c, "meetings-per-year");
			f->meeting_kind = attr(r, c, "meeting-kind");
			f->reports_per_year = attr_int(r, c, "reports-per-year");
			f->reports_in_period = attr_int(r, c, "reports-in-period");
			attr_date(r, c, "reports-by", "report date", &f->reports_by);
			f->report_to = attr(r, c, "report-to");
		} else if (is(c, "target-groups"))
			read_target_groups(r, c);
		else if (is(c, "goals"))
			read_goals(r, c, &ag->goals);
		else if (is(c, "purpose"))
			ag->purpose = plain_text(r, c);
		else if (is(c, "economy"))
			read_economy(r, c);
	}
}

/* ---------- a follow-up's head ---------- */

static void
read_activities(struct reader *r, xmlNode *n)
{
	struct activity **tail = &r->fu->activities;
	xmlNode *c, *p;

	for (c = child(n, "activity"); c != NULL; c = next_elem(c)) {
		struct activity *a = arena_alloc(r->arena, sizeof(*a));
		struct activity_place **pt = &a->places;

		a->line = line_of(c);
		a->name = child_text(r, c, "name");
		a->participants_per_time = attr(r, c, "participants-per-time");
		for (p = child(c, "place"); p != NULL; p = next_elem(p)) {
			struct activity_place *pl = arena_alloc(r->arena, sizeof(*pl));

			pl->line = line_of(p);
			pl->name = plain_text(r, p);
			pl->frequency = attr(r, p, "frequency");
			pl->per_week = attr_int(r, p, "per-week");
			*pt = pl;
			pt = &pl->next;
		}
		*tail = a;
		tail = &a->next;
	}
}

static void
read_outcomes(struct reader *r, xmlNode *n, struct outcome ***tail)
{
	struct date from = { 0, 0, 0 }, to = { 0, 0, 0 };
	xmlNode *c;

	attr_date(r, n, "from", "outcome period start", &from);
	attr_date(r, n, "to", "outcome period end", &to);
	for (c = child(n, "outcome"); c != NULL; c = next_elem(c)) {
		struct outcome *o = arena_alloc(r->arena, sizeof(*o));
		bool has;

		o->line = line_of(c);
		o->period_line = line_of(n);
		o->from = from;
		o->to = to;
		o->measure = attr(r, c, "measure");
		o->unit = attr(r, c, "unit");
		o->goal_id = attr(r, c, "goal");
		o->text = plain_text(r, c);
		o->value = attr_ll(r, c, "value", &has);
		o->women = attr_ll(r, c, "women", &o->has_women);
		o->men = attr_ll(r, c, "men", &o->has_men);
		o->other = attr_ll(r, c, "other", &o->has_other);
		**tail = o;
		*tail = &o->next;
	}
}

static void
read_followup_head(struct reader *r, xmlNode *root)
{
	struct followup *f = r->fu;
	struct outcome **otail = &f->outcomes;
	xmlNode *c, *k;
	char *s = attr(r, root, "kind");
	int i;

	f->line = line_of(root);
	f->id = attr(r, root, "id");
	f->agreement_id = attr(r, root, "agreement");
	for (i = 0; s != NULL && i < FOLLOWUP_KIND_COUNT; i++)
		if (strcmp(s, model_followup_kind_name((enum followup_kind)i)) == 0)
			f->kind = (enum followup_kind)i;
	for (c = first_elem(root->children); c != NULL; c = next_elem(c)) {
		if (is(c, "title")) {
			f->title = plain_text(r, c);
			f->title_line = line_of(c);
		} else if (is(c, "date")) {
			f->date_line = line_of(c);
			parse_date(r, plain_text(r, c), line_of(c), "follow-up date", &f->date);
		} else if (is(c, "author")) {
			f->author_line = line_of(c);
			f->author_name = child_text(r, c, "name");
			f->author_title = child_text(r, c, "title");
		} else if (is(c, "participants")) {
			struct participant **pt = &f->participants;

			for (k = child(c, "participant"); k != NULL; k = next_elem(k)) {
				struct participant *p = arena_alloc(r->arena, sizeof(*p));

				p->line = line_of(k);
				p->name = child_text(r, k, "name");
				p->organisation = child_text(r, k, "organisation");
				p->role = child_text(r, k, "role");
				*pt = p;
				pt = &p->next;
			}
		} else if (is(c, "activities"))
			read_activities(r, c);
		else if (is(c, "outcomes"))
			read_outcomes(r, c, &otail);
		else if (is(c, "next-goals")) {
			f->next_year = attr_int(r, c, "year");
			read_goals(r, c, &f->next_goals);
		} else if (is(c, "summary"))
			f->summary = plain_text(r, c);
	}
}

/* ---------- the text ---------- */

static void read_blocks(struct reader *, xmlNode *first, struct block *parent);

static struct block *
new_block(struct reader *r, struct block *parent, enum block_kind kind, xmlNode *n)
{
	struct block *b = arena_alloc(r->arena, sizeof(*b));

	b->kind = kind;
	b->line = line_of(n);
	if (kind == BLOCK_P || kind == BLOCK_ITEM)
		b->lang = attr(r, n, "lang");
	if (parent->last_child != NULL)
		parent->last_child->next = b;
	else
		parent->children = b;
	parent->last_child = b;
	return b;
}

static void
read_list(struct reader *r, xmlNode *n, struct block *b)
{
	char *s = attr(r, n, "kind");
	xmlNode *c;

	b->list_kind = s == NULL || strcmp(s, "bullet") == 0 ? LIST_BULLET :
	    strcmp(s, "number") == 0 ? LIST_NUMBER :
	    strcmp(s, "letter") == 0 ? LIST_LETTER : LIST_DASH;
	b->list_start = attr_int(r, n, "start");
	if (b->list_start == 0)
		b->list_start = 1;
	for (c = child(n, "item"); c != NULL; c = next_elem(c)) {
		struct block *item = new_block(r, b, BLOCK_ITEM, c);
		struct rich_builder rb = { &item->text, 0, 0 };
		xmlNode *k;

		/* Inline content forms the item's text; nested lists and
		 * paragraphs become its children. */
		for (k = c->children; k != NULL; k = k->next) {
			if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE)
				inline_text(r, &rb, (const char *)k->content, 0, k->line);
			else if (is(k, "em"))
				inline_content(r, &rb, k, RUN_EM);
			else if (is(k, "strong"))
				inline_content(r, &rb, k, RUN_STRONG);
			else if (is(k, "list"))
				read_list(r, k, new_block(r, item, BLOCK_LIST, k));
			else if (is(k, "p"))
				read_rich(r, k, &new_block(r, item, BLOCK_P, k)->text);
		}
	}
}

static void
read_signatures(struct reader *r, xmlNode *n, struct block *b)
{
	struct signatory **tail = &r->ag->signatories;
	xmlNode *c;

	while (*tail != NULL)
		tail = &(*tail)->next;
	for (c = first_elem(n->children); c != NULL; c = next_elem(c)) {
		struct signatory *s;
		xmlNode *d;

		if (is(c, "p")) {
			read_rich(r, c, &new_block(r, b, BLOCK_P, c)->text);
			continue;
		}
		s = arena_alloc(r->arena, sizeof(*s));
		s->line = line_of(c);
		s->party_id = attr(r, c, "party");
		s->year = attr_int(r, c, "year");
		s->for_line = s->name_line = s->title_line = s->line;
		s->organisation_line = s->place_line = s->line;
		s->for_text = child_text_at(r, c, "for", &s->for_line);
		s->name = child_text_at(r, c, "name", &s->name_line);
		s->title = child_text_at(r, c, "title", &s->title_line);
		s->organisation = child_text_at(r, c, "organisation", &s->organisation_line);
		s->place = child_text_at(r, c, "place", &s->place_line);
		if ((d = child(c, "date")) != NULL)
			parse_date(r, plain_text(r, d), line_of(d), "signing date", &s->date);
		*tail = s;
		tail = &s->next;
	}
}

static void
read_blocks(struct reader *r, xmlNode *c, struct block *parent)
{
	for (c = first_elem(c); c != NULL; c = next_elem(c)) {
		struct block *b;

		if (is(c, "heading"))
			continue;	/* read by the section */
		if (is(c, "p")) {
			b = new_block(r, parent, BLOCK_P, c);
			read_rich(r, c, &b->text);
		} else if (is(c, "list")) {
			read_list(r, c, new_block(r, parent, BLOCK_LIST, c));
		} else if (is(c, "section")) {
			b = new_block(r, parent, BLOCK_SECTION, c);
			b->number = attr(r, c, "number");
			b->in_toc = !attr_is(r, c, "toc", "no");
			read_rich(r, child(c, "heading"), &b->text);
			read_blocks(r, c->children, b);
		} else if (is(c, "budget")) {
			b = new_block(r, parent, BLOCK_BUDGET, c);
			b->budget = read_budget(r, c);
			b->budget->printed = true;
		} else if (is(c, "budget-summary")) {
			struct budget_summary *s = arena_alloc(r->arena, sizeof(*s));

			b = new_block(r, parent, BLOCK_BUDGET_SUMMARY, c);
			read_rich(r, child(c, "caption"), &s->caption);
			s->party_heading = attr(r, c, "party-heading");
			s->amount_heading = attr(r, c, "amount-heading");
			s->share_heading = attr(r, c, "share-heading");
			s->description_heading = attr(r, c, "description-heading");
			s->total_label = attr(r, c, "total-label");
			s->descriptions = attr_is(r, c, "descriptions", "yes");
			s->shares = !attr_is(r, c, "shares", "no");
			s->year = attr_int(r, c, "year");
			s->kronor = attr_is(r, c, "currency", "kronor");
			b->summary = s;
		} else if (is(c, "payment")) {
			struct payment *p = arena_alloc(r->arena, sizeof(*p));
			char *f = attr(r, c, "frequency");

			b = new_block(r, parent, BLOCK_PAYMENT, c);
			p->line = line_of(c);
			p->frequency = f == NULL || strcmp(f, "yearly") == 0 ? FREQ_YEARLY :
			    strcmp(f, "once") == 0 ? FREQ_ONCE :
			    strcmp(f, "half-yearly") == 0 ? FREQ_HALF_YEARLY :
			    strcmp(f, "quarterly") == 0 ? FREQ_QUARTERLY : FREQ_MONTHLY;
			p->month = attr_int(r, c, "month");
			p->electronic = attr_is(r, c, "electronic", "yes");
			p->payout = attr_is(r, c, "kind", "payout");
			b->payment = p;
			read_blocks(r, c->children, b);
		} else if (is(c, "address")) {
			xmlNode *l;
			size_t i = 0;

			b = new_block(r, parent, BLOCK_ADDRESS, c);
			for (l = child(c, "line"); l != NULL; l = next_elem(l))
				b->nlines++;
			b->lines = arena_alloc(r->arena, (b->nlines + 1) * sizeof(char *));
			b->line_numbers = arena_alloc(r->arena, (b->nlines + 1) * sizeof(long));
			for (l = child(c, "line"); l != NULL; l = next_elem(l)) {
				b->line_numbers[i] = line_of(l);
				b->lines[i++] = plain_text(r, l);
			}
		} else if (is(c, "reference")) {
			b = new_block(r, parent, BLOCK_REFERENCE, c);
			b->label = attr(r, c, "label");
			read_rich(r, c, &b->text);
		} else if (is(c, "signatures")) {
			b = new_block(r, parent, BLOCK_SIGNATURES, c);
			read_signatures(r, c, b);
		} else if (is(c, "toc")) {
			b = new_block(r, parent, BLOCK_TOC, c);
			b->label = attr(r, c, "title");
		} else if (is(c, "page-break")) {
			new_block(r, parent, BLOCK_PAGE_BREAK, c);
		}
	}
}

/* ---------- entry point ---------- */

int
xml_read(const char *path, struct input *out)
{
	return xml_read_seen(path, out, NULL, NULL);
}

int
xml_read_seen(const char *path, struct input *out,
    void (*seen)(const char *, size_t, void *), void *ctx)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (read_file(path, &data, &len) != 0)
		return -1;
	if (seen != NULL)
		seen(data, len, ctx);
	rc = xml_read_memory(path, data, len, out);
	free(data);
	return rc;
}

/* The limits of limit.h that the tree shows, checked before the schema
 * and the model see it: one walk without recursion. */
static int
check_limits(const char *path, xmlNode *root)
{
	xmlNode *n = root, *c;
	int depth = 1;
	size_t parties = 0, lines = 0, text;

	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE) {
			if (depth > LIMIT_DEPTH) {
				diag(path, line_of(n), MSG_LIMIT_DEPTH, LIMIT_DEPTH);
				return -1;
			}
			if (is(n, "party") && n->parent != NULL && is(n->parent, "parties") &&
			    ++parties > LIMIT_PARTIES) {
				diag(path, line_of(n), MSG_LIMIT_PARTIES, LIMIT_PARTIES);
				return -1;
			}
			if (is(n, "line") && n->parent != NULL && is(n->parent, "budget") &&
			    ++lines > LIMIT_BUDGET_LINES) {
				diag(path, line_of(n), MSG_LIMIT_BUDGET_LINES, LIMIT_BUDGET_LINES);
				return -1;
			}
			text = 0;
			for (c = n->children; c != NULL; c = c->next)
				if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
				    c->content != NULL)
					text += strlen((const char *)c->content);
			if (text > (size_t)LIMIT_TEXT_KB * 1024) {
				diag(path, line_of(n), MSG_LIMIT_TEXT, (const char *)n->name, LIMIT_TEXT_KB);
				return -1;
			}
			if (n->children != NULL) {
				n = n->children;
				depth++;
				continue;
			}
		}
		while (n != NULL && n->next == NULL && n != root) {
			n = n->parent;
			depth--;
		}
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
	return 0;
}

int
xml_read_memory(const char *path, const char *data, size_t len, struct input *out)
{
	struct reader r;
	struct block body;
	xmlDocPtr doc = NULL;
	xmlNode *root, *text;
	xmlSchemaValidCtxtPtr vctx;
	char *text_owned = NULL;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	memset(&r, 0, sizeof(r));
	r.path = path;
	if (len > (size_t)LIMIT_FILE_MB * 1024 * 1024) {
		diag(path, 0, MSG_FILE_TOO_LARGE, LIMIT_FILE_MB);
		return -1;
	}
	if (decode_input(path, data, len, &data, &len, &text_owned) != 0 ||
	    check_doctype(path, data, len) != 0)
		goto done;
	if (load_schema() != 0)
		goto done;

	xmlSetExternalEntityLoader(refuse_entity);
	xmlSetStructuredErrorFunc(&r, structured_error);
	/* No XML_PARSE_NOENT (it would substitute entities) and no
	 * XML_PARSE_HUGE (it lifts libxml2's expansion limits). */
	/* The text is UTF-8 now, whatever the declaration says. */
	doc = xmlReadMemory(data, (int)len, path, "UTF-8",
	    XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC);
	if (doc == NULL && r.errors == 0)
		diag(path, 1, MSG_XML_MALFORMED, len == 0 ? "the file is empty" :
		    "there is no document element");
	if (doc == NULL || r.errors > 0)
		goto done;
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		diag(path, 1, MSG_XML_DOCTYPE);
		goto done;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || (!is(root, "agreement") && !is(root, "followup"))) {
		diag(path, root != NULL ? line_of(root) : 1, MSG_XML_ROOT,
		    root != NULL ? (const char *)root->name : "", "agreement> or <followup");
		goto done;
	}
	if (check_limits(path, root) != 0)
		goto done;
	vctx = xmlSchemaNewValidCtxt(schema);
	xmlSchemaSetValidStructuredErrors(vctx, structured_error, &r);
	xmlSchemaValidateDoc(vctx, doc);
	xmlSchemaFreeValidCtxt(vctx);
	if (r.errors > 0)
		goto done;

	memset(&body, 0, sizeof(body));
	if (is(root, "agreement")) {
		out->type = INPUT_AGREEMENT;
		out->agreement = r.ag = agreement_new(path);
		r.arena = r.ag->arena;
		read_head(&r, root);
		if ((text = child(root, "text")) != NULL)
			read_blocks(&r, text->children, &body);
		r.ag->text = body.children;
		agreement_link(r.ag);
	} else {
		out->type = INPUT_FOLLOWUP;
		out->followup = r.fu = followup_new(path);
		r.arena = r.fu->arena;
		read_followup_head(&r, root);
		if ((text = child(root, "text")) != NULL)
			read_blocks(&r, text->children, &body);
		r.fu->text = body.children;
	}
	rc = r.errors > 0 ? -1 : 0;
done:
	xmlSetStructuredErrorFunc(NULL, silent_error);
	if (rc != 0)
		input_free(out);
	if (doc != NULL)
		xmlFreeDoc(doc);
	free(text_owned);
	return rc;
}

int
xml_read_agreement(const char *path, struct agreement **out)
{
	struct input in;

	*out = NULL;
	if (xml_read(path, &in) != 0)
		return -1;
	if (in.type != INPUT_AGREEMENT) {
		diag(path, in.followup->line, MSG_XML_ROOT, "followup", "agreement");
		input_free(&in);
		return -1;
	}
	*out = in.agreement;
	return 0;
}
