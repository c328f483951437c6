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
 * A typed placeholder is named by where it stands (placeholder_names). */

#include <string.h>

#include <libxml/tree.h>

#include "diag.h"
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

/* Reports every "[FYLL I: name]" of s, which starts on line; returns how
 * many. */
static int
text_markers(struct reader *r, const char *s, long line)
{
	const char *p = s, *m, *name, *end;
	char buf[PLACEHOLDER_NAME_MAX + 1];
	int found = 0;
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
		diag(r->path, line, MSG_PLACEHOLDER, n > 0 ? buf : "?");
		r->errors++;
		found++;
		p = *end == ']' ? end + 1 : end;
	}
	return found;
}

/* The placeholders of element el's attributes; returns how many.  They
 * carry the element's line, the one its start tag ends on (libxml2
 * keeps no attribute's own). */
static int
attribute_markers(struct reader *r, xmlNode *el)
{
	xmlAttr *a;
	char buf[PLACEHOLDER_NAME_MAX];
	int found = 0;

	for (a = el->properties; a != NULL; a = a->next) {
		xmlChar *v = xmlNodeListGetString(el->doc, a->children, 1);
		const char *s = v != NULL ? (const char *)v : "";
		const char *attr = (const char *)a->name;
		const char *t = s;

		while (is_xml_space(*t))
			t++;
		if (strstr(s, marker) != NULL)
			found += text_markers(r, s, tree_line(el));
		else if (strncmp(t, "fyll-i", 6) == 0 || is_zeros(s) ||
		    (strcmp(attr, "year") == 0 && is_word(s, "1900"))) {
			diag(r->path, tree_line(el), MSG_PLACEHOLDER, typed_name(el, attr, buf, sizeof(buf)));
			r->errors++;
			found++;
		}
		xmlFree(v);
	}
	return found;
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

int
placeholder_find(struct reader *r, xmlNode *root)
{
	xmlNode *n = root;
	char buf[PLACEHOLDER_NAME_MAX];
	int found = 0;

	/* one walk over the tree without recursion, as check_limits */
	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE) {
			found += attribute_markers(r, n);
			if (text_only(n) && n->children->next == NULL &&
			    n->children->content != NULL &&
			    is_zeros((const char *)n->children->content)) {
				diag(r->path, tree_line(n), MSG_PLACEHOLDER, typed_name(n, NULL, buf, sizeof(buf)));
				r->errors++;
				found++;
			}
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		    n->content != NULL) {
			/* libxml2 gives a text the line it ends on */
			const char *c = (const char *)n->content;
			long line = tree_line(n);

			for (; *c != '\0'; c++)
				line -= *c == '\n';
			found += text_markers(r, (const char *)n->content, line > 0 ? line : 1);
		}
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
	return found;
}
