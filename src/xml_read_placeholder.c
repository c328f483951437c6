/* The placeholders of a skeleton (iopdoc new, templates/new/) left as
 * written: one error each, wherever it stands, before the tree becomes
 * a model, so that a fresh skeleton gets no other message.  The one
 * place that knows the markers:
 *
 *   [FYLL I: name]   in any text or attribute value (the name is said)
 *   fyll-i-...       an id (the schema's ident allows no brackets)
 *   0000-00-00, 000000-0000, 000000
 *                    a date, an organisationsnummer or a number written
 *                    with zeros only (at least two): the schema takes
 *                    them, no document means them
 *   year="1900"      the schema's first year, which no IOP is about
 *
 * A typed placeholder is named by where it stands (placeholder_names).
 * libxml2 gives an element the line its start tag ends on, and a text
 * a line of its own choosing (where it was last flushed); a "[FYLL I:"
 * carries the line the file shows it on, found by a scan of the text
 * itself, outside comments, when the scan and the tree agree on how
 * many there are.  A typed placeholder carries its element's line. */

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "diag.h"
#include "mem.h"
#include "xml_read_int.h"

/* The longest name a message quotes, in bytes. */
#define PLACEHOLDER_NAME_MAX 120

/* What a typed placeholder stands for, by its element and attribute
 * (NULL: the element's text); the Swedish words of the skeletons. */
static const struct {
	const char	*element, *attribute, *name;
} placeholder_names[] = {
	{ "agreement", "id", "överenskommelsens id" },
	{ "followup", "id", "uppföljningens id" },
	{ "followup", "agreement", "överenskommelsens id" },
	{ "responsible-namnd", "id", "nämndens id" },
	{ "namnd-report", "namnd", "nämndens id" },
	{ "namnd-report", "year", "rapportens år" },
	{ "period", "from", "periodens första dag" },
	{ "period", "to", "periodens sista dag" },
	{ "outcomes", "from", "utfallens första dag" },
	{ "outcomes", "to", "utfallens sista dag" },
	{ "date", NULL, "datum" },
	{ "meeting", NULL, "sammanträdets datum" },
	{ "orgnr", NULL, "organisationsnummer" },
	{ "line", "amount", "belopp" },
	{ "goal", "value", "målvärde" },
	{ "outcome", "value", "utfallets värde" },
};

static const char marker[] = "[FYLL I:";

/* One walk over the tree: counting the markers (report false), then
 * reporting them, each "[FYLL I:" on lines[next] when lines is set. */
struct walk {
	struct reader	*r;
	bool		 report;
	const long	*lines;
	size_t		 next;
	int		 found;
	size_t		 text_found;	/* of them "[FYLL I:" */
};

/* Reports a placeholder named name at line, when the walk reports. */
static void
found_one(struct walk *w, long line, const char *name)
{
	w->found++;
	if (!w->report)
		return;
	diag(w->r->path, line, MSG_PLACEHOLDER, name);
	w->r->errors++;
}

/* The name of the typed placeholder in attribute attr of element el
 * (attr NULL: its text), in buf. */
static const char *
typed_name(const xmlNode *el, const char *attr, char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(placeholder_names) / sizeof(placeholder_names[0]); i++)
		if (tree_is(el, placeholder_names[i].element) &&
		    (attr == NULL ? placeholder_names[i].attribute == NULL :
		    placeholder_names[i].attribute != NULL &&
		    strcmp(attr, placeholder_names[i].attribute) == 0))
			return placeholder_names[i].name;
	if (attr != NULL)
		snprintf(buf, n, "<%s %s>", (const char *)el->name, attr);
	else
		snprintf(buf, n, "<%s>", (const char *)el->name);
	return buf;
}

/* Whether s (white space around it allowed) is a typed placeholder of
 * zeros: only '0' and '-', at least two zeros, a zero first. */
static bool
is_zeros(const char *s)
{
	size_t zeros = 0;

	while (is_xml_space(*s))
		s++;
	if (*s != '0')
		return false;
	for (; *s != '\0' && !is_xml_space(*s); s++) {
		if (*s == '0')
			zeros++;
		else if (*s != '-')
			return false;
	}
	while (is_xml_space(*s))
		s++;
	return *s == '\0' && zeros >= 2;
}

/* Whether s, trimmed, is the string word. */
static bool
is_word(const char *s, const char *word)
{
	size_t n = strlen(word);

	while (is_xml_space(*s))
		s++;
	if (strncmp(s, word, n) != 0)
		return false;
	for (s += n; is_xml_space(*s); s++)
		continue;
	return *s == '\0';
}

/* Every "[FYLL I: name]" of s, whose first line libxml2 says is line. */
static void
text_markers(struct walk *w, const char *s, long line)
{
	const char *p = s, *m, *name, *end;
	char buf[PLACEHOLDER_NAME_MAX + 1];
	size_t n, k;

	while ((m = strstr(p, marker)) != NULL) {
		for (; p < m; p++)
			line += *p == '\n';
		name = m + sizeof(marker) - 1;
		end = strchr(name, ']');
		if (end == NULL)
			end = name + strlen(name);
		/* the name on one line, its white space as single spaces, cut
		 * at a whole UTF-8 character */
		for (n = 0, k = 0; name + k < end; ) {
			unsigned char c = (unsigned char)name[k];
			size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

			if (is_xml_space((char)c)) {
				if (n > 0 && buf[n - 1] != ' ' && n < PLACEHOLDER_NAME_MAX)
					buf[n++] = ' ';
				k++;
				continue;
			}
			if (n + len > PLACEHOLDER_NAME_MAX || name + k + len > end)
				break;
			memcpy(buf + n, name + k, len);
			n += len;
			k += len;
		}
		while (n > 0 && buf[n - 1] == ' ')
			n--;
		buf[n] = '\0';
		w->text_found++;
		found_one(w, w->lines != NULL ? w->lines[w->next++] : line, n > 0 ? buf : "?");
		p = *end == ']' ? end + 1 : end;
	}
}

/* The placeholders of element el's attributes.  A typed one carries the
 * element's line, the one its start tag ends on (libxml2 keeps no
 * attribute's own). */
static void
attribute_markers(struct walk *w, xmlNode *el)
{
	xmlAttr *a;
	char buf[PLACEHOLDER_NAME_MAX];

	for (a = el->properties; a != NULL; a = a->next) {
		xmlChar *v = xmlNodeListGetString(el->doc, a->children, 1);
		const char *s = v != NULL ? (const char *)v : "";
		const char *attr = (const char *)a->name;
		const char *t = s;

		while (is_xml_space(*t))
			t++;
		if (strstr(s, marker) != NULL)
			text_markers(w, s, tree_line(el));
		else if (strncmp(t, "fyll-i", 6) == 0 || is_zeros(s) ||
		    (strcmp(attr, "year") == 0 && is_word(s, "1900")))
			found_one(w, tree_line(el), typed_name(el, attr, buf, sizeof(buf)));
		xmlFree(v);
	}
}

/* Whether el holds text only (no element among its children). */
static bool
text_only(const xmlNode *el)
{
	const xmlNode *c;

	for (c = el->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return false;
	return el->children != NULL;
}

/* The walk over the tree under root, without recursion, as
 * check_limits. */
static void
walk_tree(struct walk *w, xmlNode *root)
{
	xmlNode *n = root;
	char buf[PLACEHOLDER_NAME_MAX];

	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE) {
			attribute_markers(w, n);
			if (text_only(n) && n->children->next == NULL &&
			    n->children->content != NULL &&
			    is_zeros((const char *)n->children->content))
				found_one(w, tree_line(n), typed_name(n, NULL, buf, sizeof(buf)));
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		    n->content != NULL)
			text_markers(w, (const char *)n->content, tree_line(n));
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL && n != root)
			n = n->parent;
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
}

/* The lines of the "[FYLL I:" of the file's text (len bytes), outside
 * comments and processing instructions, in *lines (the caller frees);
 * returns how many. */
static size_t
text_lines(const char *data, size_t len, long **lines)
{
	size_t i = 0, n = 0, cap = 0;
	long line = 1;

	*lines = NULL;
	while (i < len) {
		const char *close = NULL;

		if (data[i] == '<' && len - i >= 4 && memcmp(data + i, "<!--", 4) == 0)
			close = "-->";
		else if (data[i] == '<' && len - i >= 2 && data[i + 1] == '?')
			close = "?>";
		if (close != NULL) {
			size_t cl = strlen(close);

			for (i += 2; i < len && (len - i < cl || memcmp(data + i, close, cl) != 0); i++)
				line += data[i] == '\n';
			i += cl;
			continue;
		}
		if (len - i >= sizeof(marker) - 1 && memcmp(data + i, marker, sizeof(marker) - 1) == 0) {
			if (n == cap) {
				cap = cap == 0 ? 64 : cap * 2;
				*lines = xrealloc(*lines, cap * sizeof(**lines));
			}
			(*lines)[n++] = line;
		}
		line += data[i] == '\n';
		i++;
	}
	return n;
}

int
placeholder_find(struct reader *r, xmlNode *root, const char *data, size_t len)
{
	struct walk w;
	long *lines;
	size_t nlines = text_lines(data, len, &lines);

	/* first count the tree's "[FYLL I:": the scan's lines are theirs
	 * only when it found as many (a marker written with a character
	 * reference, &#91;, the scan cannot see) */
	memset(&w, 0, sizeof(w));
	w.r = r;
	walk_tree(&w, root);
	w.report = true;
	w.lines = w.text_found == nlines ? lines : NULL;
	w.found = 0;
	w.text_found = 0;
	walk_tree(&w, root);
	free(lines);
	return w.found;
}
