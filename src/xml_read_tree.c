/* The XML reader's access to the tree: elements by name, attributes and
 * text collapsed into the document's arena, dates checked where their
 * line is known, and inline text (<em>, <strong>) made runs with the
 * line of each. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

/* ---------- tree helpers ---------- */

int
tree_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

xmlNode *
tree_first(xmlNode *n)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

xmlNode *
tree_next(xmlNode *n)
{
	return tree_first(n->next);
}

xmlNode *
tree_child(xmlNode *n, const char *name)
{
	xmlNode *c;

	for (c = tree_first(n->children); c != NULL; c = tree_next(c))
		if (tree_is(c, name))
			return c;
	return NULL;
}

long
tree_line(const xmlNode *n)
{
	return xmlGetLineNo(n);
}

/* 3 if s starts with a thin space (U+2009), a narrow no-break space
 * (U+202F) or a figure space (U+2007), else 0.  The fonts have none of
 * them: the reader prints each as a no-break space (U+00A0), which the
 * digit groups of "1 300 kr" are written with anyway. */
static size_t
thin_space(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	return u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x89 || u[2] == 0xAF || u[2] == 0x87) ?
	    3 : 0;
}

/* s with XML white space collapsed to single spaces and trimmed, in the
 * arena: the schema checks ids, dates and codes so (xs:token), and text
 * is printed so.  Thin spaces become no-break spaces (thin_space). */
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
		if (thin_space(s) != 0) {
			*o++ = (char)0xC2;
			*o++ = (char)0xA0;
			s += 2;
			continue;
		}
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* The value of an attribute, in the arena, or NULL. */
char *
tree_attr(struct reader *r, xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = collapse_space(r, (const char *)v);
	xmlFree(v);
	return s;
}

int
tree_attr_is(struct reader *r, xmlNode *n, const char *name, const char *value)
{
	char *v = tree_attr(r, n, name);

	return v != NULL && strcmp(v, value) == 0;
}

long long
tree_attr_ll(struct reader *r, xmlNode *n, const char *name, bool *has)
{
	char *v = tree_attr(r, n, name);

	*has = v != NULL;
	return v != NULL ? strtoll(v, NULL, 10) : 0;
}

int
tree_attr_int(struct reader *r, xmlNode *n, const char *name)
{
	bool has;

	return (int)tree_attr_ll(r, n, name, &has);
}

/* Collapse XML white space to single spaces and trim: the text content
 * of an element without markup, in the arena. */
char *
tree_text(struct reader *r, xmlNode *n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *out;

	if (v == NULL)
		return arena_strdup(r->arena, "");
	out = collapse_space(r, (const char *)v);
	xmlFree(v);
	return out;
}

char *
tree_child_text(struct reader *r, xmlNode *n, const char *name)
{
	xmlNode *c = tree_child(n, name);

	return c != NULL ? tree_text(r, c) : NULL;
}

/* The same, and the child's line in *line (unchanged when absent). */
char *
tree_child_text_at(struct reader *r, xmlNode *n, const char *name, long *line)
{
	xmlNode *c = tree_child(n, name);

	if (c == NULL)
		return NULL;
	*line = tree_line(c);
	return tree_text(r, c);
}

/* Reads a date attribute or element text; an impossible date is an
 * error here, where the line is known. */
void
tree_date(struct reader *r, const char *s, long line, const char *what, struct date *d)
{
	int rc;

	if (s == NULL)
		return;
	rc = date_parse(s, d);
	if (rc != 0) {
		diag(r->path, line, MSG_DATE_INVALID, s, diag_phrase(what));
		r->errors++;
	}
}

void
tree_attr_date(struct reader *r, xmlNode *n, const char *name, const char *what, struct date *d)
{
	tree_date(r, tree_attr(r, n, name), tree_line(n), what, d);
}

/* ---------- inline text ---------- */

/* Appends a text node.  libxml2 gives a text node the line where it
 * ends, so count back; each source line becomes its own run, so that a
 * message about any character names the line it is on.  Thin spaces
 * become no-break spaces (thin_space). */
void
tree_inline_text(struct reader *r, struct rich_builder *b, const char *s, unsigned style, long line)
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
		if (thin_space(s) != 0) {	/* to U+00A0: 2 bytes for 3 */
			out.p[out.n++] = (char)0xC2;
			out.p[out.n++] = (char)0xA0;
			s += 2;
			continue;
		}
		out.p[out.n++] = *s;
	}
	if (out.n > 0)
		rich_append(r->arena, b->rich, out.p, out.n, style, line);
	free(out.p);
}

void
tree_inline(struct reader *r, struct rich_builder *b, xmlNode *n, unsigned style)
{
	xmlNode *c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			tree_inline_text(r, b, (const char *)c->content, style, c->line ? c->line : tree_line(n));
		else if (tree_is(c, "em"))
			tree_inline(r, b, c, style | RUN_EM);
		else if (tree_is(c, "strong"))
			tree_inline(r, b, c, style | RUN_STRONG);
	}
}

void
tree_rich(struct reader *r, xmlNode *n, struct rich *out)
{
	struct rich_builder b = { out, 0, 0 };

	if (n != NULL)
		tree_inline(r, &b, n, 0);
}

