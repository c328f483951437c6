/* The XML reader's first step: every input becomes UTF-8 here.
 *
 * iopdoc converts the file to UTF-8 itself (glibc's iconv) before libxml2
 * sees it, so that a byte wrong for the encoding is reported once and with
 * its line, line ends are LF whatever the editor wrote (libxml2 counts
 * lines at LF only), and decomposed letters are composed (utf8_nfc).
 * Bytes in, bytes out: this file does not use libxml2. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "mem.h"
#include "utf8.h"
#include "xml_read_int.h"

/* What the first bytes say of the encoding: a byte order mark, or the
 * first characters "<?" in a wide encoding (XML 1.0, appendix F). */
struct sniffed {
	const char	*family;	/* "UTF-8", "UTF-16", "UTF-32", or NULL */
	const char	*from;		/* iconv's name to convert from; NULL: UTF-8 */
	const char	*bom;		/* the family, when a byte order mark says it */
	size_t		 width;		/* bytes a unit: 1, 2 or 4 */
	size_t		 low;		/* the byte of a unit holding an ASCII character */
	size_t		 skip;		/* bytes of the byte order mark */
};

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

/* The byte order mark, or the first characters "<?" in a wide encoding
 * (XML 1.0, appendix F), into *sn. */
static void
sniff(const char *data, size_t len, struct sniffed *sn)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *family = NULL, *from = NULL, *bom = NULL;
	size_t width = 1, low = 0, skip = 0;

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
	*sn = (struct sniffed){ family, from, bom, width, low, skip };
}

/* Weighs the declared encoding against what the bytes say: sn->from
 * becomes the declared one where the bytes leave the choice to it.
 * Returns -1 after reporting a declaration that contradicts a byte
 * order mark. */
static int
follow_declaration(const char *path, struct sniffed *sn, const char *declared)
{
	size_t width = sn->width;

	if (sn->family != NULL) {
		/* The bytes say which encoding it is; a declaration naming
		 * another is a mistake to show, not to follow. */
		if (sn->bom != NULL && declared[0] != '\0' && !encoding_is(declared, sn->family) &&
		    !(width == 2 && (encoding_is(declared, "UCS-2") ||
		    encoding_is(declared, "ISO-10646-UCS-2"))) &&
		    !(width == 4 && (encoding_is(declared, "UCS-4") ||
		    encoding_is(declared, "ISO-10646-UCS-4")))) {
			diag(path, 1, MSG_XML_ENCODING_BOM, sn->bom, declared);
			return -1;
		}
	} else if (declared[0] != '\0' && !encoding_is(declared, "UTF-8") &&
	    !encoding_is(declared, "UTF-16") && !encoding_is(declared, "UTF-32") &&
	    !encoding_is(declared, "UCS")) {
		/* A wide encoding declared on ASCII-compatible bytes cannot
		 * be: libxml2, too, reads such a file as UTF-8. */
		sn->from = declared;
	}
	return 0;
}

/* Checks that UTF-8 text is valid; -1 after reporting the line of the
 * first bad sequence (bom: the file starts with a byte order mark). */
static int
check_utf8(const char *path, const char *data, size_t len, bool bom)
{
	size_t off = 0, k;
	uint32_t cp;

	while (off < len) {
		if ((k = utf8_decode(data + off, len - off, &cp)) == 0) {
			/* with a byte order mark, a declaration would
			 * contradict it: only saving as UTF-8 helps */
			diag(path, line_at(data, off), bom ?
			    MSG_XML_ENCODING_BOM_INVALID : MSG_XML_ENCODING);
			return -1;
		}
		off += k;
	}
	return 0;
}

/* Converts the text from sn->from to UTF-8 in a new buffer *buf of *len
 * bytes (len: the bytes before, after).  -1 after reporting an encoding
 * iconv does not know, UTF-8 under a one-byte encoding's name, or a byte
 * the encoding does not have. */
static int
convert_declared(const char *path, const char *data, size_t *len,
    const struct sniffed *sn, const char *declared, char **buf)
{
	const char *from = sn->from;
	size_t n, i, off;
	iconv_t cd;
	int k;

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
	if (sn->family == NULL && utf8_valid(data, *len)) {
		for (i = 0; i < *len && (unsigned char)data[i] < 0x80; i++)
			continue;
		if (i < *len) {
			char as_utf8[8], as_declared[64];

			off = mojibake_example(data, *len, cd, as_utf8, as_declared,
			    sizeof(as_declared));
			diag(path, line_at(data, off), MSG_XML_ENCODING_UTF8,
			    declared, as_utf8, as_declared);
			iconv_close(cd);
			return -1;
		}
	}
	k = convert(path, data, *len, cd, sn->family != NULL ? sn->family : declared, buf, &n);
	iconv_close(cd);
	if (k != 0)
		return -1;
	*len = n;
	return 0;
}

/* Line ends: CR LF and a lone CR (old Macs) become LF, as XML 1.0 says;
 * then composed letters.  Returns the new length of buf (which has room
 * for the '\0' it ends with). */
static size_t
normalise(char *buf, size_t len)
{
	size_t i, k;

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
	return len;
}

int
encoding_decode(const char *path, const char *data, size_t len, const char **text,
    size_t *text_len, char **owned)
{
	struct sniffed sn;
	char declared[64], *buf;

	*owned = NULL;
	sniff(data, len, &sn);
	data += sn.skip;
	len -= sn.skip;
	declared_encoding(data, len, sn.width, sn.low, declared, sizeof(declared));
	if (follow_declaration(path, &sn, declared) != 0)
		return -1;

	if (sn.from == NULL) {
		/* UTF-8: checked where it is, copied only to be changed. */
		if (check_utf8(path, data, len, sn.bom != NULL) != 0)
			return -1;
		if (memchr(data, '\r', len) == NULL && memchr(data, '\xCC', len) == NULL &&
		    memchr(data, '\xCD', len) == NULL) {
			*text = data;
			*text_len = len;
			return 0;
		}
		buf = xmalloc(len + 1);
		memcpy(buf, data, len);
	} else if (convert_declared(path, data, &len, &sn, declared, &buf) != 0)
		return -1;
	len = normalise(buf, len);
	*text = *owned = buf;
	*text_len = len;
	return 0;
}
