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

/* A file being packed: libharu's bytes, what was read of them, and the
 * new file. */
struct pack {
	const unsigned char	*in;
	size_t			 n;
	size_t			 xref;		/* offset of the table */
	const unsigned char	*table;		/* its first entry */
	unsigned		 count;		/* its entries, object 0 included */
	char			 root[64], info[64], id[128];	/* trailer values */
	struct pdf_obj		*objs;
	unsigned		 nobj, npacked;
	size_t			 first_off;	/* of the first object */
	char			**bodies, *replace;	/* the caller's objects */
	long			 nextra;
	struct buf		 o;
};

/* The table: "startxref\nX", at X "xref\n0 C\n" and C entries of 20
 * bytes, then the trailer, whose /Root, /Info and /ID are kept. */
static int
read_table(struct pack *P)
{
	const unsigned char *in = P->in, *end = in + P->n, *sx, *q, *t;
	unsigned long v, zero, c;
	size_t n = P->n;

	if ((sx = find_last(in, n, "startxref")) == NULL)
		return -1;
	q = sx + 9;
	if (read_uint(&q, end, &v) != 0 || v >= n)
		return -1;
	P->xref = v;
	q = in + P->xref;
	if (read_word(&q, end, "xref") != 0 || read_uint(&q, end, &zero) != 0 || zero != 0 ||
	    read_uint(&q, end, &c) != 0 || c < 2 || c > 10000000)
		return -1;
	P->count = (unsigned)c;
	if ((P->table = memchr(in + P->xref + 5, '\n', n - P->xref - 5)) == NULL)
		return -1;
	P->table++;
	if ((size_t)(P->table - in) + (size_t)P->count * 20 > n)
		return -1;
	t = P->table + (size_t)P->count * 20;
	if ((size_t)(sx - t) < 8 || memcmp(t, "trailer", 7) != 0)
		return -1;
	if (trailer_value(t, (size_t)(sx - t), "/Root", P->root, sizeof(P->root)) != 0 ||
	    trailer_value(t, (size_t)(sx - t), "/Info", P->info, sizeof(P->info)) != 0 ||
	    trailer_value(t, (size_t)(sx - t), "/ID", P->id, sizeof(P->id)) != 0)
		return -1;
	return 0;
}

/* Numbers the object of its place in an object stream. */
static void
pack_slot(struct pack *P, struct pdf_obj *ob)
{
	ob->packed = 1;
	ob->stream = P->npacked / PACK_PER_STREAM;
	ob->index = P->npacked % PACK_PER_STREAM;
	P->npacked++;
}

/* Every object in use: where it starts (from the table), where its body
 * lies ("N 0 obj\n" .. "endobj", found in the file), and whether it is
 * packed (every object but a stream). */
static int
read_objects(struct pack *P)
{
	const unsigned char *in = P->in;
	unsigned i;

	P->objs = xcalloc(P->count, sizeof(*P->objs));
	P->first_off = P->n;
	for (i = 1; i < P->count; i++) {
		const unsigned char *e = P->table + (size_t)i * 20, *q = e;
		unsigned long v;

		if (e[17] != 'n')
			continue;
		if (read_uint(&q, e + 10, &v) != 0 || v >= P->xref)
			return -1;
		P->objs[P->nobj].num = i;
		P->objs[P->nobj].start = v;
		P->nobj++;
		if (v < P->first_off)
			P->first_off = v;
	}
	qsort(P->objs, P->nobj, sizeof(*P->objs), cmp_start);
	for (i = 0; i < P->nobj; i++) {
		struct pdf_obj *ob = &P->objs[i];
		size_t end = i + 1 < P->nobj ? P->objs[i + 1].start : P->xref;
		const unsigned char *q = in + ob->start, *b, *eo;
		unsigned long v, gen;

		if (read_uint(&q, in + end, &v) != 0 || read_uint(&q, in + end, &gen) != 0 ||
		    gen != 0 || read_word(&q, in + end, "obj") != 0 || (unsigned)v != ob->num)
			return -1;
		if ((b = memchr(in + ob->start, '\n', end - ob->start)) == NULL ||
		    (eo = find_last(in + ob->start, end - ob->start, "endobj")) == NULL)
			return -1;
		ob->end = end;
		ob->body = (size_t)(b + 1 - in);
		ob->body_end = (size_t)(eo - in);
		while (ob->body_end > ob->body && (in[ob->body_end - 1] == '\n' || in[ob->body_end - 1] == '\r'))
			ob->body_end--;
		if (ob->body_end <= ob->body)
			return -1;
		if (!is_stream(in, ob))
			pack_slot(P, ob);
	}
	return 0;
}

/* The caller's objects: numbered after libharu's, all packed, and the
 * new body of the placeholder it replaces. */
static int
add_extra(struct pack *P, const struct pack_extra *extra)
{
	unsigned i;
	long ei;

	if ((P->nextra = extra->write(extra->ctx, P->count, &P->bodies, &P->replace)) < 0)
		return -1;
	for (i = 0; i < P->nobj; i++)
		if (P->objs[i].num == extra->replace_num) {
			if (!P->objs[i].packed || P->replace == NULL)
				return -1;
			P->objs[i].text = P->replace;
		}
	P->objs = xrealloc(P->objs, ((size_t)P->nobj + (size_t)P->nextra + 1) * sizeof(*P->objs));
	for (ei = 0; ei < P->nextra; ei++) {
		struct pdf_obj *ob = &P->objs[P->nobj++];

		memset(ob, 0, sizeof(*ob));
		ob->num = P->count + (unsigned)ei;
		ob->text = P->bodies[ei];
		pack_slot(P, ob);
	}
	return 0;
}

/* Object stream s, numbered num: "num offset ..." then the bodies. */
static int
write_object_stream(struct pack *P, unsigned s, unsigned num, unsigned nstreams)
{
	struct buf head = { NULL, 0, 0 }, bodies = { NULL, 0, 0 }, z = { NULL, 0, 0 };
	unsigned i;
	int rc = -1;

	for (i = 0; i < P->nobj; i++) {
		const struct pdf_obj *ob = &P->objs[i];

		if (!ob->packed || ob->stream != s)
			continue;
		buf_printf(&head, "%u %zu ", ob->num, bodies.len);
		if (ob->text != NULL)
			buf_adds(&bodies, ob->text);
		else
			buf_add(&bodies, P->in + ob->body, ob->body_end - ob->body);
		buf_addc(&bodies, '\n');
	}
	buf_addc(&head, '\n');
	buf_add(&head, bodies.data, bodies.len);
	if (deflate_buf((const unsigned char *)head.data, head.len, &z) == 0) {
		buf_printf(&P->o, "%u 0 obj\n<<\n/Type /ObjStm\n/N %u\n/First %zu\n/Filter /FlateDecode\n"
		    "/Length %zu\n>>\nstream\r\n", num,
		    s + 1 < nstreams ? PACK_PER_STREAM : P->npacked - s * PACK_PER_STREAM,
		    head.len - bodies.len, z.len);
		buf_add(&P->o, z.data, z.len);
		buf_adds(&P->o, "\nendstream\nendobj\n");
		rc = 0;
	}
	buf_free(&head);
	buf_free(&bodies);
	buf_free(&z);
	return rc;
}

/* The cross-reference stream, numbered after the object streams (at
 * stream_off[]), and the end of the file: type (1 byte), offset or
 * object stream (w2 bytes, as few as the file needs), index (1 byte). */
static int
write_xref_stream(struct pack *P, unsigned first_num, unsigned nstreams, const size_t *stream_off)
{
	unsigned size = first_num + nstreams + 1, xnum = first_num + nstreams, i, s;
	size_t xoff = P->o.len, ew;
	int w2 = xoff <= 0xFFFFul ? 2 : xoff <= 0xFFFFFFul ? 3 : 4, rc = -1;
	struct buf z = { NULL, 0, 0 };
	unsigned char *xrefdata;

	ew = 1 + (size_t)w2 + 1;
	xrefdata = xcalloc(size, ew);
	xrefdata[w2 + 1] = 0xFF;	/* object 0: free, generation 255 */
	for (i = 0; i < P->nobj; i++) {
		const struct pdf_obj *ob = &P->objs[i];
		unsigned char *e = xrefdata + (size_t)ob->num * ew;

		if (ob->packed) {
			e[0] = 2;
			put_be(e + 1, first_num + ob->stream, w2);
			e[w2 + 1] = (unsigned char)ob->index;
		} else {
			e[0] = 1;
			put_be(e + 1, (unsigned long)ob->new_offset, w2);
		}
	}
	for (s = 0; s < nstreams; s++) {
		xrefdata[(size_t)(first_num + s) * ew] = 1;
		put_be(xrefdata + (size_t)(first_num + s) * ew + 1, (unsigned long)stream_off[s], w2);
	}
	xrefdata[(size_t)xnum * ew] = 1;
	put_be(xrefdata + (size_t)xnum * ew + 1, (unsigned long)xoff, w2);
	if (xoff <= 0xFFFFFFFFul && (unsigned long)first_num + nstreams <= (w2 == 2 ? 0xFFFFul :
	    w2 == 3 ? 0xFFFFFFul : 0xFFFFFFFFul) &&
	    deflate_buf(xrefdata, (size_t)size * ew, &z) == 0) {
		buf_printf(&P->o, "%u 0 obj\n<<\n/Type /XRef\n/Size %u\n/W [ 1 %d 1 ]\n/Root %s\n/Info %s\n"
		    "/ID %s\n/Filter /FlateDecode\n/Length %zu\n>>\nstream\r\n", xnum, size, w2, P->root,
		    P->info, P->id, z.len);
		buf_add(&P->o, z.data, z.len);
		buf_printf(&P->o, "\nendstream\nendobj\nstartxref\n%zu\n%%%%EOF\n", xoff);
		rc = 0;
	}
	buf_free(&z);
	free(xrefdata);
	return rc;
}

/* The new file: the header, the streams as they were, the object
 * streams, the cross-reference stream. */
static int
write_packed(struct pack *P)
{
	unsigned nstreams = (P->npacked + PACK_PER_STREAM - 1) / PACK_PER_STREAM, i, s;
	/* the object streams, then the xref stream */
	unsigned first_num = P->count + (unsigned)P->nextra;
	size_t *stream_off = xcalloc(nstreams, sizeof(size_t));
	int rc = -1;

	buf_add(&P->o, P->in, P->first_off);
	for (i = 0; i < P->nobj; i++)
		if (!P->objs[i].packed) {
			P->objs[i].new_offset = P->o.len;
			buf_add(&P->o, P->in + P->objs[i].start, P->objs[i].end - P->objs[i].start);
		}
	for (s = 0; s < nstreams; s++) {
		stream_off[s] = P->o.len;
		if (write_object_stream(P, s, first_num + s, nstreams) != 0)
			goto done;
	}
	rc = write_xref_stream(P, first_num, nstreams, stream_off);
done:
	free(stream_off);
	return rc;
}

int
pdf_pack(const unsigned char *in, size_t n, const struct pack_extra *extra,
    unsigned char **out, size_t *outn)
{
	struct pack P;
	long ei;
	int rc = -1;

	*out = NULL;
	*outn = 0;
	memset(&P, 0, sizeof(P));
	P.in = in;
	P.n = n;
	if (read_table(&P) != 0 || read_objects(&P) != 0 ||
	    (extra != NULL && add_extra(&P, extra) != 0) || P.npacked == 0 ||
	    write_packed(&P) != 0)
		goto done;
	*out = (unsigned char *)P.o.data;
	*outn = P.o.len;
	P.o.data = NULL;
	rc = 0;
done:
	buf_free(&P.o);
	free(P.objs);
	for (ei = 0; ei < P.nextra; ei++)
		free(P.bodies[ei]);
	free(P.bodies);
	free(P.replace);
	return rc;
}
