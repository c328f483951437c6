/* Object streams for libharu's output (see pdf_pack.h).
 *
 * libharu writes "N 0 obj\n<body>\nendobj\n" for every object, a classic
 * cross-reference table and a trailer.  Streams stay as they are; every
 * other object moves, byte for byte, into compressed object streams, and
 * a cross-reference stream replaces the table and trailer, carrying the
 * same /Root, /Info and /ID. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "buf.h"
#include "mem.h"
#include "pdf_pack.h"

/* Objects per object stream: a reader decompresses a whole stream to
 * reach one object in it. */
#define PACK_PER_STREAM	255	/* an index fits one byte */

struct pdf_obj {
	unsigned	 num;
	const char	*text;		/* a body given as text, or NULL */
	size_t		 start, end;	/* "N 0 obj" .. the end of "endobj" */
	size_t		 body, body_end;
	int		 packed;
	unsigned	 stream;	/* packed: index of its object stream */
	unsigned	 index;		/* packed: position in it */
	size_t		 new_offset;	/* not packed */
};

static const unsigned char *
find(const unsigned char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	if (k == 0 || n < k)
		return NULL;
	for (i = 0; i + k <= n; i++)
		if (hay[i] == (unsigned char)needle[0] && memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

static const unsigned char *
find_last(const unsigned char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	if (n < k)
		return NULL;
	for (i = n - k + 1; i > 0; i--)
		if (memcmp(hay + i - 1, needle, k) == 0)
			return hay + i - 1;
	return NULL;
}

/* The end of the dictionary starting at p ("<<"), or 0: strings and hex
 * strings are skipped so that their bytes cannot end it. */
static size_t
dict_end(const unsigned char *p, size_t n)
{
	size_t i = 0;
	int depth = 0;

	while (i < n) {
		if (p[i] == '(') {
			int nest = 1;

			for (i++; i < n && nest > 0; i++)
				if (p[i] == '\\')
					i++;
				else if (p[i] == '(')
					nest++;
				else if (p[i] == ')')
					nest--;
			continue;
		}
		if (p[i] == '<' && i + 1 < n && p[i + 1] == '<') {
			depth++;
			i += 2;
			continue;
		}
		if (p[i] == '<') {
			while (i < n && p[i] != '>')
				i++;
			i++;
			continue;
		}
		if (p[i] == '>' && i + 1 < n && p[i + 1] == '>') {
			depth--;
			i += 2;
			if (depth == 0)
				return i;
			continue;
		}
		i++;
	}
	return 0;
}

static int
is_stream(const unsigned char *in, const struct pdf_obj *o)
{
	const unsigned char *p = in + o->body;
	size_t n = o->body_end - o->body, e;

	if (n < 2 || p[0] != '<' || p[1] != '<')
		return 0;
	if ((e = dict_end(p, n)) == 0)
		return 1;	/* cannot tell: leave it where it is */
	while (e < n && (p[e] == ' ' || p[e] == '\r' || p[e] == '\n'))
		e++;
	return n - e >= 6 && memcmp(p + e, "stream", 6) == 0;
}

/* The value of a trailer key, as written: "/Root 1 0 R" gives "1 0 R". */
static int
trailer_value(const unsigned char *t, size_t n, const char *key, char *out, size_t size)
{
	const unsigned char *p = find(t, n, key), *e;
	size_t k;

	if (p == NULL)
		return -1;
	p += strlen(key);
	while (p < t + n && *p == ' ')
		p++;
	if (*p == '[') {
		e = memchr(p, ']', (size_t)(t + n - p));
		if (e == NULL)
			return -1;
		e++;
	} else
		for (e = p; e < t + n && *e != '\n' && *e != '\r' && *e != '/' && *e != '>'; e++)
			;
	k = (size_t)(e - p);
	if (k + 1 > size)
		return -1;
	memcpy(out, p, k);
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
	return 0;
}

/* Reads white space, then a decimal number, within [*p, end): the buffer
 * is no C string. */
static int
read_uint(const unsigned char **p, const unsigned char *end, unsigned long *v)
{
	const unsigned char *q = *p;
	unsigned long n = 0;

	while (q < end && (*q == ' ' || *q == '\r' || *q == '\n'))
		q++;
	if (q == end || *q < '0' || *q > '9')
		return -1;
	for (; q < end && *q >= '0' && *q <= '9'; q++) {
		if (n > 0xFFFFFFFFul)
			return -1;
		n = n * 10 + (unsigned long)(*q - '0');
	}
	*p = q;
	*v = n;
	return 0;
}

/* The keyword at *p (after white space), passed over. */
static int
read_word(const unsigned char **p, const unsigned char *end, const char *word)
{
	const unsigned char *q = *p;
	size_t k = strlen(word);

	while (q < end && (*q == ' ' || *q == '\r' || *q == '\n'))
		q++;
	if ((size_t)(end - q) < k || memcmp(q, word, k) != 0)
		return -1;
	*p = q + k;
	return 0;
}

static int
cmp_start(const void *a, const void *b)
{
	const struct pdf_obj *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static int
deflate_buf(const unsigned char *p, size_t n, struct buf *out)
{
	uLongf len = compressBound((uLong)n);
	unsigned char *z = xmalloc(len);

	if (compress2(z, &len, p, (uLong)n, 6) != Z_OK) {
		free(z);
		return -1;
	}
	buf_add(out, z, len);
	free(z);
	return 0;
}

static void
put_be(unsigned char *p, unsigned long v, int bytes)
{
	int i;

	for (i = bytes - 1; i >= 0; i--, v >>= 8)
		p[i] = (unsigned char)(v & 0xFF);
}

int
pdf_pack(const unsigned char *in, size_t n, const struct pack_extra *extra,
    unsigned char **out, size_t *outn)
{
	char **bodies = NULL, *replace = NULL;
	long nextra = 0, ei;
	const unsigned char *sx, *x, *t;
	struct pdf_obj *objs = NULL;
	struct buf o = { NULL, 0, 0 };
	unsigned count = 0, i, nobj = 0, npacked = 0, nstreams, s, first_num;
	size_t xref, first_off = n;
	char root[64], info[64], id[128];
	unsigned char *xrefdata = NULL;
	int rc = -1;

	*out = NULL;
	*outn = 0;
	/* the table: "startxref\nX", at X "xref\n0 C\n" and C entries */
	if ((sx = find_last(in, n, "startxref")) == NULL)
		return -1;
	{
		const unsigned char *q = sx + 9, *end = in + n;
		unsigned long v, zero, c;

		if (read_uint(&q, end, &v) != 0 || v >= n)
			return -1;
		xref = v;
		q = in + xref;
		if (read_word(&q, end, "xref") != 0 || read_uint(&q, end, &zero) != 0 || zero != 0 ||
		    read_uint(&q, end, &c) != 0 || c < 2 || c > 10000000)
			return -1;
		count = (unsigned)c;
	}
	if ((x = memchr(in + xref + 5, '\n', n - xref - 5)) == NULL)
		return -1;
	x++;
	if ((size_t)(x - in) + (size_t)count * 20 > n)
		return -1;
	t = x + (size_t)count * 20;
	if ((size_t)(sx - t) < 8 || memcmp(t, "trailer", 7) != 0)
		return -1;
	if (trailer_value(t, (size_t)(sx - t), "/Root", root, sizeof(root)) != 0 ||
	    trailer_value(t, (size_t)(sx - t), "/Info", info, sizeof(info)) != 0 ||
	    trailer_value(t, (size_t)(sx - t), "/ID", id, sizeof(id)) != 0)
		return -1;

	objs = xcalloc(count, sizeof(*objs));
	for (i = 1; i < count; i++) {
		const unsigned char *e = x + (size_t)i * 20;
		size_t off;

		if (e[17] != 'n')
			continue;
		{
			const unsigned char *q = e;
			unsigned long v;

			if (read_uint(&q, e + 10, &v) != 0 || v >= xref)
				goto done;
			off = v;
		}
		objs[nobj].num = i;
		objs[nobj].start = off;
		nobj++;
		if (off < first_off)
			first_off = off;
	}
	qsort(objs, nobj, sizeof(*objs), cmp_start);
	for (i = 0; i < nobj; i++) {
		struct pdf_obj *ob = &objs[i];
		size_t end = i + 1 < nobj ? objs[i + 1].start : xref;
		unsigned num;
		const unsigned char *b, *eo;

		{
			const unsigned char *q = in + ob->start;
			unsigned long v, gen;

			if (read_uint(&q, in + end, &v) != 0 || read_uint(&q, in + end, &gen) != 0 ||
			    gen != 0 || read_word(&q, in + end, "obj") != 0)
				goto done;
			num = (unsigned)v;
			if (num != ob->num)
				goto done;
		}
		if ((b = memchr(in + ob->start, '\n', end - ob->start)) == NULL ||
		    (eo = find_last(in + ob->start, end - ob->start, "endobj")) == NULL)
			goto done;
		ob->end = end;
		ob->body = (size_t)(b + 1 - in);
		ob->body_end = (size_t)(eo - in);
		while (ob->body_end > ob->body && (in[ob->body_end - 1] == '\n' || in[ob->body_end - 1] == '\r'))
			ob->body_end--;
		if (ob->body_end <= ob->body)
			goto done;
		ob->packed = !is_stream(in, ob);
		if (ob->packed) {
			ob->stream = npacked / PACK_PER_STREAM;
			ob->index = npacked % PACK_PER_STREAM;
			npacked++;
		}
	}
	/* the caller's objects: numbered after libharu's, all packed */
	if (extra != NULL) {
		if ((nextra = extra->write(extra->ctx, count, &bodies, &replace)) < 0)
			goto done;
		for (i = 0; i < nobj; i++)
			if (objs[i].num == extra->replace_num) {
				if (!objs[i].packed || replace == NULL)
					goto done;
				objs[i].text = replace;
			}
		objs = xrealloc(objs, ((size_t)nobj + (size_t)nextra + 1) * sizeof(*objs));
		for (ei = 0; ei < nextra; ei++) {
			struct pdf_obj *ob = &objs[nobj++];

			memset(ob, 0, sizeof(*ob));
			ob->num = count + (unsigned)ei;
			ob->text = bodies[ei];
			ob->packed = 1;
			ob->stream = npacked / PACK_PER_STREAM;
			ob->index = npacked % PACK_PER_STREAM;
			npacked++;
		}
	}
	if (npacked == 0)
		goto done;
	nstreams = (npacked + PACK_PER_STREAM - 1) / PACK_PER_STREAM;
	first_num = count + (unsigned)nextra;	/* the object streams, then the xref stream */

	/* header, then the streams as they were */
	buf_add(&o, in, first_off);
	for (i = 0; i < nobj; i++)
		if (!objs[i].packed) {
			objs[i].new_offset = o.len;
			buf_add(&o, in + objs[i].start, objs[i].end - objs[i].start);
		}
	/* the object streams: "num offset ..." then the bodies */
	{
		size_t *stream_off = xcalloc(nstreams, sizeof(size_t));

		for (s = 0; s < nstreams; s++) {
			struct buf head = { NULL, 0, 0 }, packed_bodies = { NULL, 0, 0 }, z = { NULL, 0, 0 };

			for (i = 0; i < nobj; i++) {
				if (!objs[i].packed || objs[i].stream != s)
					continue;
				buf_printf(&head, "%u %zu ", objs[i].num, packed_bodies.len);
				if (objs[i].text != NULL)
					buf_adds(&packed_bodies, objs[i].text);
				else
					buf_add(&packed_bodies, in + objs[i].body, objs[i].body_end - objs[i].body);
				buf_addc(&packed_bodies, '\n');
			}
			buf_addc(&head, '\n');
			buf_add(&head, packed_bodies.data, packed_bodies.len);
			if (deflate_buf((const unsigned char *)head.data, head.len, &z) != 0) {
				buf_free(&head);
				buf_free(&packed_bodies);
				free(stream_off);
				goto done;
			}
			stream_off[s] = o.len;
			buf_printf(&o, "%u 0 obj\n<<\n/Type /ObjStm\n/N %u\n/First %zu\n/Filter /FlateDecode\n"
			    "/Length %zu\n>>\nstream\r\n", first_num + s,
			    s + 1 < nstreams ? PACK_PER_STREAM : npacked - s * PACK_PER_STREAM,
			    head.len - packed_bodies.len, z.len);
			buf_add(&o, z.data, z.len);
			buf_adds(&o, "\nendstream\nendobj\n");
			buf_free(&head);
			buf_free(&packed_bodies);
			buf_free(&z);
		}

		/* the cross-reference stream: type (1 byte), offset or object
		 * stream (w2 bytes, as few as the file needs), index (1 byte) */
		{
			unsigned size = first_num + nstreams + 1, xnum = first_num + nstreams;
			size_t xoff = o.len, ew;
			int w2 = xoff <= 0xFFFFul ? 2 : xoff <= 0xFFFFFFul ? 3 : 4;
			struct buf z = { NULL, 0, 0 };

			ew = 1 + (size_t)w2 + 1;
			xrefdata = xcalloc(size, ew);
			xrefdata[w2 + 1] = 0xFF;	/* object 0: free, generation 255 */
			for (i = 0; i < nobj; i++) {
				unsigned char *e = xrefdata + (size_t)objs[i].num * ew;

				if (objs[i].packed) {
					e[0] = 2;
					put_be(e + 1, first_num + objs[i].stream, w2);
					e[w2 + 1] = (unsigned char)objs[i].index;
				} else {
					e[0] = 1;
					put_be(e + 1, (unsigned long)objs[i].new_offset, w2);
				}
			}
			for (s = 0; s < nstreams; s++) {
				xrefdata[(size_t)(first_num + s) * ew] = 1;
				put_be(xrefdata + (size_t)(first_num + s) * ew + 1, (unsigned long)stream_off[s], w2);
			}
			xrefdata[(size_t)xnum * ew] = 1;
			put_be(xrefdata + (size_t)xnum * ew + 1, (unsigned long)xoff, w2);
			free(stream_off);
			if (xoff > 0xFFFFFFFFul || (unsigned long)first_num + nstreams > (w2 == 2 ? 0xFFFFul :
			    w2 == 3 ? 0xFFFFFFul : 0xFFFFFFFFul) ||
			    deflate_buf(xrefdata, (size_t)size * ew, &z) != 0)
				goto done;
			buf_printf(&o, "%u 0 obj\n<<\n/Type /XRef\n/Size %u\n/W [ 1 %d 1 ]\n/Root %s\n/Info %s\n"
			    "/ID %s\n/Filter /FlateDecode\n/Length %zu\n>>\nstream\r\n", xnum, size, w2, root,
			    info, id, z.len);
			buf_add(&o, z.data, z.len);
			buf_printf(&o, "\nendstream\nendobj\nstartxref\n%zu\n%%%%EOF\n", xoff);
			buf_free(&z);
		}
	}
	*out = (unsigned char *)o.data;
	*outn = o.len;
	o.data = NULL;
	rc = 0;
done:
	buf_free(&o);
	free(xrefdata);
	free(objs);
	for (ei = 0; ei < nextra; ei++)
		free(bodies[ei]);
	free(bodies);
	free(replace);
	return rc;
}
