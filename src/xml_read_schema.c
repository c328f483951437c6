/* The schema's complaints as our own messages: turns each error libxml2
 * reports while validating a document against the built-in schema into
 * one message of the catalogue that names the element or attribute, what
 * was written and what to write instead, and takes a Swedish or English
 * word for an enumerated value as the value it stands for. */

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "diag.h"
#include "mem.h"
#include "xml_read_int.h"
#include "xml_read_schema.h"
#include "written_date.h"

/* The schema text, generated from schema/iopdoc.xsd by the build. */
extern const unsigned char	schema_xsd[];
extern const size_t		schema_xsd_len;

#define XSD_NS		"http://www.w3.org/2001/XMLSchema"
#define VALUE_SHOWN	48	/* bytes of a written value a message quotes */
#define LIST_MAX	40	/* names in a list of allowed ones */

/* The schema as a tree, read when a message first needs to know an
 * element's attributes or an attribute's type. */
static xmlDocPtr	xsd;

/* ---------- the words of enumerated values ---------- */

/* Every value an enumeration of iopdoc.xsd allows, with the Swedish word
 * shown beside it (NULL when the value is Swedish) and the other words
 * that stand for it, "|" between them.  A word is looked up only among
 * the values allowed where it is written, so one word may stand for
 * values of different enumerations ("slutlig": final, definitive). */
struct value_words {
	const char	*value;
	const char	*sv;
	const char	*others;
};

static const struct value_words value_words[] = {
	{ "yes", "ja", "" },
	{ "no", "nej", "" },
	{ "auto", "automatiskt", "automatisk" },
	{ "iso", "siffror", "numeric|digits" },
	{ "words", "ord", "med-ord|i-ord" },
	{ "public", "offentlig", "kommun|region|offentlig-part" },
	{ "ideburen", NULL, "idéburen-part|non-profit|nonprofit|civil-society|ideell" },
	{ "kommun", NULL, "municipality" },
	{ "region", NULL, "county|county-council" },
	{ "other", "annan", "annat|övrig|övrigt" },
	{ "text", NULL, "" },
	{ "inferred", "härledd", "härlett" },
	{ "written", "skriftlig", "skriftligen|in-writing" },
	{ "any", "valfri", "valfritt|muntlig|oral" },
	{ "immediate", "omedelbar", "omedelbart|immediately|direkt" },
	{ "notice-period", "uppsägningstid", "med-uppsägningstid|with-notice|notice" },
	{ "week", "vecka", "weekly" },
	{ "month", "månad", "" },
	{ "quarter", "kvartal", "" },
	{ "half-year", "halvår", "halfyear|half-a-year" },
	{ "year", "år", "helår" },
	{ "period", NULL, "avtalsperiod|agreement-period|hela-perioden|whole-period" },
	{ "primary", "primär", "" },
	{ "secondary", "sekundär", "" },
	{ "direct", "direkt", "" },
	{ "indirect", "indirekt", "" },
	{ "mal", "mål", "goal" },
	{ "delmal", "delmål", "subgoal|sub-goal" },
	{ "effektmal", "effektmål", "impact-goal|effect-goal|outcome-goal" },
	{ "larandemal", "lärandemål", "learning-goal" },
	{ "minst", NULL, "at-least|minimum|min" },
	{ "hogst", "högst", "at-most|maximum|max" },
	{ "oka", "öka", "increase|raise" },
	{ "minska", NULL, "decrease|reduce|lower" },
	{ "bibehalla", "bibehålla", "behålla|maintain|keep" },
	{ "mellan", NULL, "between|range" },
	{ "long", "lång", "långsiktig|long-term" },
	{ "preliminary", "preliminär", "" },
	{ "definitive", "definitiv", "slutlig|final" },
	{ "money", "pengar", "kontant|kontanter|cash" },
	{ "in-kind", "i-natura", "natura|in-natura|naturaprestation" },
	{ "all", "alla", "allt|total" },
	{ "percent", "procent", "per-cent|%" },
	{ "index", NULL, "" },
	{ "contribution", "bidrag", "grant" },
	{ "costs", "kostnader", "kostnad|cost|expenses" },
	{ "mixed", "blandat", "blandad|both" },
	{ "bullet", "punkt", "punkter|bullets" },
	{ "number", "nummer", "numrerad|siffror|numbered|numbers" },
	{ "letter", "bokstav", "bokstäver|letters" },
	{ "dash", "streck", "tankstreck|dashes" },
	{ "once", "engång", "en-gång|engångs|one-time" },
	{ "yearly", "årligen", "årlig|varje-år|annually|annual" },
	{ "half-yearly", "halvårsvis", "halvårligen|varje-halvår|semi-annually|semiannually" },
	{ "quarterly", "kvartalsvis", "varje-kvartal" },
	{ "monthly", "månadsvis", "månatligen|varje-månad" },
	{ "invoice", "faktura", "fakturering|invoiced" },
	{ "payout", "utbetalning", "utbetalas|payment" },
	{ "integer", "heltal", "whole-number" },
	{ "kronor", NULL, "belopp|amount|sek" },
	{ "date", "datum", "" },
	{ "left", "vänster", "" },
	{ "right", "höger", "" },
	{ "center", "mitten", "centrerad|centre|centered|centrerat" },
	{ "iop", NULL, "idéburet-offentligt-partnerskap" },
	{ "samverkan", NULL, "samverkansavtal|cooperation|collaboration" },
	{ "draft", "utkast", "" },
	{ "final", "slutlig", "slutgiltig|färdig|klar" },
	{ "signed", "signerad", "undertecknad|underskriven|signerat|undertecknat" },
	{ "sekreterare", NULL, "secretary" },
	{ "justerare", NULL, "adjuster|minutes-checker|justeringsperson" },
	{ "kr", NULL, "" },
	{ "kvinnor-män", NULL, "women-men|kvinnor-och-män" },
	{ "flickor-pojkar", NULL, "girls-boys|flickor-och-pojkar" },
	{ "uppfyllt", NULL, "uppfylld|met|achieved|fulfilled" },
	{ "delvis", NULL, "delvis-uppfyllt|partly|partially|partly-met" },
	{ "ej-uppfyllt", NULL, "inte-uppfyllt|ej-uppfylld|not-met|not-achieved|unmet" },
	{ "partssamtal", NULL, "party-talks|partner-talks" },
	{ "dialogmote", "dialogmöte", "dialogue-meeting|dialog-meeting" },
	{ "styrgrupp", NULL, "styrgruppsmöte|steering-group|steering-committee" },
	{ "verksamhetsrapport", NULL, "activity-report|progress-report" },
};

/* Common names of elements, each with the element iopdoc names so,
 * offered as "did you mean" when the element is allowed where it was
 * written. */
static const char *const element_aliases[][2] = {
	{ "paragraph", "p" }, { "para", "p" }, { "stycke", "p" },
	{ "rubrik", "heading" }, { "header", "heading" }, { "avsnitt", "section" },
	{ "tabell", "table" }, { "lista", "list" }, { "punkt", "item" },
	{ "li", "item" }, { "ul", "list" }, { "ol", "list" }, { "rad", "row" },
	{ "cell", "c" }, { "syfte", "purpose" }, { "parter", "parties" },
	{ "part", "party" }, { "bilaga", "annex" }, { "bilagor", "annexes" },
	{ "underskrifter", "signatures" }, { "titel", "title" },
};

/* s folded for comparing words: ASCII letters small, å ä ö é (either
 * case) as a a o e, spaces and underscores as hyphens; into out. */
static void
fold(const char *s, char *out, size_t size)
{
	size_t n = 0;

	for (; *s != '\0' && n + 1 < size; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == 0xC3 && s[1] != '\0') {
			unsigned char d = (unsigned char)s[1] | 0x20;

			if (d == 0xA5 || d == 0xA4 || d == 0xA0 || d == 0xA1) {
				out[n++] = 'a';
				s++;
				continue;
			}
			if (d == 0xB6 || d == 0xB8) {
				out[n++] = 'o';
				s++;
				continue;
			}
			if (d == 0xA9 || d == 0xA8) {
				out[n++] = 'e';
				s++;
				continue;
			}
		}
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (c == ' ' || c == '_')
			c = '-';
		out[n++] = (char)c;
	}
	out[n] = '\0';
}

static const struct value_words *
words_of(const char *value)
{
	size_t i;

	for (i = 0; i < sizeof(value_words) / sizeof(value_words[0]); i++)
		if (strcmp(value_words[i].value, value) == 0)
			return &value_words[i];
	return NULL;
}

/* Whether written, folded as want, is one of the words of w. */
static bool
words_match(const struct value_words *w, const char *want)
{
	char f[128], word[128];
	const char *p, *bar;
	size_t n;

	fold(w->value, f, sizeof(f));
	if (strcmp(f, want) == 0)
		return true;
	if (w->sv != NULL) {
		fold(w->sv, f, sizeof(f));
		if (strcmp(f, want) == 0)
			return true;
	}
	for (p = w->others; *p != '\0'; p = *bar == '|' ? bar + 1 : bar) {
		bar = strchr(p, '|');
		if (bar == NULL)
			bar = p + strlen(p);
		n = (size_t)(bar - p);
		if (n == 0 || n >= sizeof(word))
			continue;
		memcpy(word, p, n);
		word[n] = '\0';
		fold(word, f, sizeof(f));
		if (strcmp(f, want) == 0)
			return true;
	}
	return false;
}

/* The next value of libxml2's "'a', 'b'" after *p, into out; false at
 * the end. */
static bool
next_listed(const char **p, char *out, size_t size)
{
	const char *q = strchr(*p, '\''), *end;
	size_t n;

	if (q == NULL || (end = strchr(q + 1, '\'')) == NULL)
		return false;
	n = (size_t)(end - q - 1);
	if (n >= size)
		n = size - 1;
	memcpy(out, q + 1, n);
	out[n] = '\0';
	*p = end + 1;
	return true;
}

const char *
schema_value_canonical(const char *written, const char *allowed)
{
	const struct value_words *w, *found = NULL;
	char want[128], value[128];
	const char *p = allowed;

	if (written == NULL || allowed == NULL)
		return NULL;
	fold(written, want, sizeof(want));
	while (next_listed(&p, value, sizeof(value))) {
		if ((w = words_of(value)) == NULL || !words_match(w, want))
			continue;
		if (found != NULL && found != w)
			return NULL;
		found = w;
	}
	return found != NULL ? found->value : NULL;
}

const char *
schema_value_swedish(const char *value)
{
	const struct value_words *w = words_of(value);

	return w != NULL ? w->sv : NULL;
}

size_t
schema_edit_distance(const char *a, const char *b)
{
	enum { MAX = 64 };
	size_t d[MAX + 1][MAX + 1], la = strlen(a), lb = strlen(b), i, j, best;

	if (la > MAX || lb > MAX)
		return MAX;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

const char *
schema_nearest(const char *name, const char *const *names)
{
	const char *best = NULL;
	size_t best_d = 0, d, most, len = strlen(name), k, i;

	/* one slip in a short name, two in a longer one; never a name
	 * that would be as much typed anew as corrected */
	most = len <= 4 ? 1 : 2;
	for (i = 0; names[i] != NULL; i++) {
		d = schema_edit_distance(name, names[i]);
		if (d == 0 || d > most || d >= strlen(names[i]))
			continue;
		if (best == NULL || d < best_d) {
			best = names[i];
			best_d = d;
		}
	}
	if (best != NULL)
		return best;
	/* a common name of an allowed element, or one slip from it */
	for (k = 0; k < sizeof(element_aliases) / sizeof(element_aliases[0]); k++) {
		if (schema_edit_distance(name, element_aliases[k][0]) > (len <= 4 ? 0u : 1u))
			continue;
		for (i = 0; names[i] != NULL; i++)
			if (strcmp(names[i], element_aliases[k][1]) == 0)
				return names[i];
	}
	return NULL;
}

/* ---------- the schema as a tree ---------- */

static bool
xsd_is(const xmlNode *n, const char *local)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    strcmp((const char *)n->ns->href, XSD_NS) == 0 &&
	    strcmp((const char *)n->name, local) == 0;
}

static bool
xsd_named(const xmlNode *n, const char *attr, const char *value)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	bool is = v != NULL && strcmp((const char *)v, value) == 0;

	xmlFree(v);
	return is;
}

static xmlNode *
xsd_root(void)
{
	if (xsd == NULL)
		xsd = xmlReadMemory((const char *)schema_xsd, (int)schema_xsd_len, "iopdoc.xsd",
		    "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
	return xsd != NULL ? xmlDocGetRootElement(xsd) : NULL;
}

/* The schema's top-level declaration <xs:kind name="name">, or NULL. */
static xmlNode *
xsd_top(const char *kind, const char *name)
{
	xmlNode *root = xsd_root(), *n;

	for (n = root != NULL ? root->children : NULL; n != NULL; n = n->next)
		if (xsd_is(n, kind) && xsd_named(n, "name", name))
			return n;
	return NULL;
}

/* The next <xs:element name="name"> of the schema after from (NULL: the
 * first), in document order. */
static xmlNode *
xsd_next_element(xmlNode *from, const char *name)
{
	xmlNode *n = from != NULL ? from : xsd_root();

	while (n != NULL) {
		if (n->children != NULL)
			n = n->children;
		else {
			while (n != NULL && n->next == NULL)
				n = n->parent;
			if (n == NULL || n->type == XML_DOCUMENT_NODE)
				return NULL;
			n = n->next;
		}
		if (xsd_is(n, "element") && xsd_named(n, "name", name))
			return n;
	}
	return NULL;
}

/* The type of a declaration: its named complex type, or the one inside
 * it; NULL for a simple type. */
static xmlNode *
xsd_complex_type(xmlNode *decl)
{
	xmlChar *type = xmlGetProp(decl, (const xmlChar *)"type");
	xmlNode *n = NULL;

	if (type != NULL) {
		n = xsd_top("complexType", (const char *)type);
		xmlFree(type);
		return n;
	}
	for (n = decl->children; n != NULL; n = n->next)
		if (xsd_is(n, "complexType"))
			return n;
	return NULL;
}

/* The attributes a complex type (or attribute group) declares, its base
 * types' included, each once, added to names; the declaration of the
 * one called want, if any, in *found. */
static void
xsd_attributes(xmlNode *type, const char **names, size_t *n, const char *want, xmlNode **found,
    int depth)
{
	xmlNode *c;
	xmlChar *v;
	size_t k;

	if (type == NULL || depth > 8)
		return;
	for (c = type->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || xsd_is(c, "element"))
			continue;
		if (xsd_is(c, "attribute") && (v = xmlGetProp(c, (const xmlChar *)"name")) != NULL) {
			if (want != NULL && strcmp((const char *)v, want) == 0 && *found == NULL)
				*found = c;
			for (k = 0; k < *n && xmlStrcmp((const xmlChar *)names[k], v) != 0; k++)
				continue;
			/* the schema's dictionary keeps the name as long as the tree */
			if (k == *n && *n + 1 < LIST_MAX && xsd->dict != NULL)
				names[(*n)++] = (const char *)xmlDictLookup(xsd->dict, v, -1);
			xmlFree(v);
			continue;
		}
		if ((xsd_is(c, "extension") || xsd_is(c, "restriction")) &&
		    (v = xmlGetProp(c, (const xmlChar *)"base")) != NULL) {
			if (strncmp((const char *)v, "xs:", 3) != 0)
				xsd_attributes(xsd_top("complexType", (const char *)v), names, n, want,
				    found, depth + 1);
			xmlFree(v);
		} else if (xsd_is(c, "attributeGroup") &&
		    (v = xmlGetProp(c, (const xmlChar *)"ref")) != NULL) {
			xsd_attributes(xsd_top("attributeGroup", (const char *)v), names, n, want,
			    found, depth + 1);
			xmlFree(v);
			continue;
		}
		xsd_attributes(c, names, n, want, found, depth + 1);
	}
}

/* The attributes the schema allows on <element> (over every declaration
 * of that name), NULL-ended in names (LIST_MAX); the declaration of
 * attribute want in *found (NULL if none). */
static void
xsd_element_attributes(const char *element, const char *want, const char **names,
    xmlNode **found)
{
	xmlNode *decl = NULL;
	size_t n = 0;

	*found = NULL;
	while ((decl = xsd_next_element(decl, element)) != NULL)
		xsd_attributes(xsd_complex_type(decl), names, &n, want, found, 0);
	names[n] = NULL;
}

/* The simple type's name of attribute attr of <element> ("kronor",
 * "xs:integer"), or of the element's text when attr is NULL, into out;
 * "" when the schema names none. */
static void
xsd_value_type(const char *element, const char *attr, char *out, size_t size)
{
	const char *names[LIST_MAX];
	xmlNode *decl = NULL;
	xmlChar *type = NULL;

	out[0] = '\0';
	if (attr != NULL) {
		xsd_element_attributes(element, attr, names, &decl);
		if (decl != NULL)
			type = xmlGetProp(decl, (const xmlChar *)"type");
	} else {
		while (type == NULL && (decl = xsd_next_element(decl, element)) != NULL)
			type = xmlGetProp(decl, (const xmlChar *)"type");
	}
	if (type != NULL) {
		snprintf(out, size, "%s", (const char *)type);
		xmlFree(type);
	}
}

/* The elements a complex type (or group) may hold, its base types' and
 * groups' included, each once, added to names. */
static void
xsd_children(xmlNode *type, const char **names, size_t *n, int depth)
{
	xmlNode *c;
	xmlChar *v;
	size_t k;

	if (type == NULL || depth > 12)
		return;
	for (c = type->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xsd_is(c, "element")) {
			if ((v = xmlGetProp(c, (const xmlChar *)"name")) == NULL)
				v = xmlGetProp(c, (const xmlChar *)"ref");
			if (v == NULL)
				continue;
			for (k = 0; k < *n && xmlStrcmp((const xmlChar *)names[k], v) != 0; k++)
				continue;
			if (k == *n && *n + 1 < LIST_MAX && xsd->dict != NULL)
				names[(*n)++] = (const char *)xmlDictLookup(xsd->dict, v, -1);
			xmlFree(v);
			continue;
		}
		if (xsd_is(c, "group") && (v = xmlGetProp(c, (const xmlChar *)"ref")) != NULL) {
			xsd_children(xsd_top("group", (const char *)v), names, n, depth + 1);
			xmlFree(v);
			continue;
		}
		if (xsd_is(c, "extension") && (v = xmlGetProp(c, (const xmlChar *)"base")) != NULL) {
			if (strncmp((const char *)v, "xs:", 3) != 0)
				xsd_children(xsd_top("complexType", (const char *)v), names, n,
				    depth + 1);
			xmlFree(v);
		}
		if (!xsd_is(c, "attribute") && !xsd_is(c, "attributeGroup"))
			xsd_children(c, names, n, depth + 1);
	}
}

/* The elements the schema allows inside <element> (over every
 * declaration of that name), NULL-ended in names (LIST_MAX). */
static void
xsd_element_children(const char *element, const char **names)
{
	xmlNode *decl = NULL;
	size_t n = 0;

	while ((decl = xsd_next_element(decl, element)) != NULL)
		xsd_children(xsd_complex_type(decl), names, &n, 0);
	names[n] = NULL;
}

void
schema_xsd_free(void)
{
	if (xsd != NULL)
		xmlFreeDoc(xsd);
	xsd = NULL;
}

/* ---------- what to write instead ---------- */

/* s without the spaces people group digits with (ASCII, no-break, thin,
 * narrow no-break, figure space), into out. */
static void
strip_spaces(const char *s, char *out, size_t size)
{
	size_t n = 0;

	for (; *s != '\0' && n + 1 < size; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n')
			continue;
		if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
			s++;
			continue;
		}
		if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
		    ((unsigned char)s[2] == 0x89 || (unsigned char)s[2] == 0xAF ||
		    (unsigned char)s[2] == 0x87)) {
			s += 2;
			continue;
		}
		out[n++] = *s;
	}
	out[n] = '\0';
}

static bool
all_digits(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* s ends in suffix (ASCII case ignored): cuts it off and returns true. */
static bool
cut_suffix(char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	if (n < k || strncasecmp(s + n - k, suffix, k) != 0)
		return false;
	s[n - k] = '\0';
	return true;
}

/* A whole number as people write it ("800 000", "800 000 kr",
 * "800000:-", "800000,00") as digits only into out; false when it is not
 * one (decimals that are not zero, a sign, letters). */
static bool
fix_whole(const char *value, char *out, size_t size)
{
	static const char *const tails[] = { "kronor", "kr.", "kr", "sek", ":-", ",-", ".-",
	    ",00", ".00", ",0", ".0", "st.", "st" };
	size_t k;
	bool cut = true;

	strip_spaces(value, out, size);
	while (cut) {
		cut = false;
		for (k = 0; k < sizeof(tails) / sizeof(tails[0]); k++)
			cut |= cut_suffix(out, tails[k]);
	}
	/* 1.500.000: dots grouping thousands */
	if (strchr(out, '.') != NULL && strlen(out) > 4 && out[strlen(out) - 4] == '.') {
		char *w = out, *rd;

		for (rd = out; *rd != '\0'; rd++)
			if (*rd != '.')
				*w++ = *rd;
		*w = '\0';
	}
	return all_digits(out);
}

/* A date as YYYY-MM-DD from "2025-1-1", "2025/01/01", "2025.1.1" or
 * "20250101"; false for any other form. */
static bool
fix_date(const char *value, char *out, size_t size)
{
	char s[64];
	int y, m, d, n = 0;
	char sep1, sep2;

	strip_spaces(value, s, sizeof(s));
	if (strlen(s) == 8 && all_digits(s)) {
		snprintf(out, size, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
		return true;
	}
	if (sscanf(s, "%4d%c%2d%c%2d%n", &y, &sep1, &m, &sep2, &d, &n) == 5 && s[n] == '\0' &&
	    sep1 == sep2 && (sep1 == '-' || sep1 == '/' || sep1 == '.') && y >= 1000 &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		snprintf(out, size, "%04d-%02d-%02d", y, m, d);
		return true;
	}
	return false;
}

/* A decimal number from "2,5 %" or "74,5%": 2.5, 74.5. */
static bool
fix_decimal(const char *value, char *out, size_t size)
{
	char *p;
	bool point = false;

	strip_spaces(value, out, size);
	cut_suffix(out, "%");
	cut_suffix(out, "procent");
	for (p = out; *p != '\0'; p++) {
		if (*p == ',')
			*p = '.';
		if (*p == '.') {
			if (point || p == out || p[1] == '\0')
				return false;
			point = true;
		} else if ((*p < '0' || *p > '9') && !(*p == '-' && p == out))
			return false;
	}
	return *out != '\0';
}

/* An organisationsnummer as NNNNNN-NNNN from ten digits written in any
 * grouping, or twelve beginning with 16. */
static bool
fix_orgnr(const char *value, char *out, size_t size)
{
	char digits[32];
	size_t n = 0;
	const char *s;

	for (s = value; *s != '\0' && n + 1 < sizeof(digits); s++)
		if (*s >= '0' && *s <= '9')
			digits[n++] = *s;
		else if (*s != ' ' && *s != '-' && *s != '+')
			return false;
	digits[n] = '\0';
	if (n == 12 && strncmp(digits, "16", 2) == 0)
		memmove(digits, digits + 2, (n -= 2) + 1);
	if (n != 10)
		return false;
	snprintf(out, size, "%.6s-%.4s", digits, digits + 6);
	return true;
}

/* An id as the schema takes it: small letters, å ä ö folded, spaces as
 * hyphens, nothing else. */
static void
fix_ident(const char *value, char *out, size_t size)
{
	char f[128];
	size_t n = 0;
	const char *s;

	fold(value, f, sizeof(f));
	for (s = f; *s != '\0' && n + 1 < size && n < 80; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    (n > 0 && (*s == '-' || *s == '_' || *s == '.')))
			out[n++] = *s;
	out[n] = '\0';
	if (n == 0)
		snprintf(out, size, "kommun");
}

/* ---------- the messages ---------- */

/* One schema error, taken apart. */
struct fault {
	char		 element[128];	/* the element's name, "xi:include" with a prefix */
	char		 parent[128];	/* its parent's; "" at the root */
	char		 attr[128];	/* the attribute's name; "" for the element */
	const char	*value;		/* what was written, or NULL */
	char		 where[400];	/* <element attr="value"> or <element>value</element> */
	char		 detail[512];	/* libxml2's text after "Element '…': " */
	char		 tree_value[VALUE_SHOWN * 2];	/* the value's start, when
					 * the error does not quote it */
};

static void
node_name(const xmlNode *n, char *out, size_t size)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE)
		out[0] = '\0';
	else if (n->ns != NULL && n->ns->prefix != NULL)
		snprintf(out, size, "%s:%s", (const char *)n->ns->prefix, (const char *)n->name);
	else
		snprintf(out, size, "%s", (const char *)n->name);
}

/* The text between open and close in s (the first such), into out. */
static bool
between(const char *s, const char *open, const char *close, char *out, size_t size)
{
	const char *a = s != NULL ? strstr(s, open) : NULL, *b;
	size_t n;

	if (a == NULL)
		return false;
	a += strlen(open);
	if ((b = strstr(a, close)) == NULL)
		return false;
	n = (size_t)(b - a) < size ? (size_t)(b - a) : size - 1;
	memcpy(out, a, n);
	out[n] = '\0';
	return true;
}

/* value shortened to VALUE_SHOWN bytes, cut between characters, with
 * "…" after a cut. */
static void
shown(const char *value, char *out, size_t size)
{
	size_t n = strlen(value);

	if (n <= VALUE_SHOWN) {
		snprintf(out, size, "%s", value);
		return;
	}
	n = VALUE_SHOWN;
	while (n > 0 && ((unsigned char)value[n] & 0xC0) == 0x80)
		n--;
	snprintf(out, size, "%.*s…", (int)n, value);
}

static void
fault_parse(const xmlError *err, struct fault *f)
{
	const xmlNode *node = err->node;
	char value[VALUE_SHOWN + 8];
	const char *d;

	memset(f, 0, sizeof(*f));
	node_name(node, f->element, sizeof(f->element));
	if (node != NULL && node->type == XML_ELEMENT_NODE)
		node_name(node->parent, f->parent, sizeof(f->parent));
	between(err->message, "', attribute '", "'", f->attr, sizeof(f->attr));
	f->value = err->str1;
	/* a length's error gives the length, not the value, unless it
	 * quotes the value: the value then comes from the tree */
	if ((err->code == XML_SCHEMAV_CVC_LENGTH_VALID ||
	    err->code == XML_SCHEMAV_CVC_MINLENGTH_VALID ||
	    err->code == XML_SCHEMAV_CVC_MAXLENGTH_VALID) &&
	    (err->message == NULL || strstr(err->message, "The value '") == NULL)) {
		f->value = NULL;
		if (node != NULL && node->type == XML_ELEMENT_NODE) {
			xmlChar *v = f->attr[0] != '\0' ?
			    xmlGetProp(node, (const xmlChar *)f->attr) :
			    xmlNodeGetContent(node);

			if (v != NULL) {
				snprintf(f->tree_value, sizeof(f->tree_value), "%s", (const char *)v);
				f->value = f->tree_value;
				xmlFree(v);
			}
		}
	}
	if (f->value != NULL)
		shown(f->value, value, sizeof(value));
	if (f->attr[0] != '\0' && f->value != NULL)
		snprintf(f->where, sizeof(f->where), "<%s %s=\"%s\">", f->element, f->attr, value);
	else if (f->value != NULL)
		snprintf(f->where, sizeof(f->where), "<%s>%s</%s>", f->element, value, f->element);
	else
		snprintf(f->where, sizeof(f->where), "<%s>", f->element);
	d = err->message != NULL ? err->message : "";
	if (strncmp(d, "Element '", 9) == 0 && strstr(d, "': ") != NULL)
		d = strstr(d, "': ") + 3;
	snprintf(f->detail, sizeof(f->detail), "%s", d);
	while (f->detail[0] != '\0' && strchr(" \n.", f->detail[strlen(f->detail) - 1]) != NULL)
		f->detail[strlen(f->detail) - 1] = '\0';
}

/* names as "<a>, <b>, <c>" (brackets when elements), into out. */
static void
join_names(const char *const *names, bool brackets, char *out, size_t size)
{
	size_t n = 0;

	out[0] = '\0';
	for (; *names != NULL && n < size; names++)
		n += (size_t)snprintf(out + n, size - n, brackets ? "%s<%s>" : "%s%s",
		    n > 0 ? ", " : "", *names);
}

/* libxml2's "( a, b, c )" after "Expected is" split into names (their
 * text kept in store), NULL-ended; false when the message has none. */
static bool
expected_names(const char *message, char *store, size_t size, const char **names)
{
	char *p, *comma;
	size_t n = 0;

	if (!between(message, "Expected is one of ( ", " )", store, size) &&
	    !between(message, "Expected is ( ", " )", store, size))
		return false;
	for (p = store; p != NULL && *p != '\0' && n + 1 < LIST_MAX; p = comma) {
		if ((comma = strstr(p, ", ")) != NULL) {
			*comma = '\0';
			comma += 2;
		}
		names[n++] = p;
	}
	names[n] = NULL;
	return n > 0;
}

static void
report_enumeration(struct reader *r, long line, const struct fault *f, const char *set)
{
	const char *names[LIST_MAX], *p = set, *near, *sv;
	char store[LIST_MAX][64], list[1024];
	size_t n = 0, len = 0;

	list[0] = '\0';
	while (n + 1 < LIST_MAX && len < sizeof(list) &&
	    next_listed(&p, store[n], sizeof(store[n]))) {
		names[n] = store[n];
		sv = schema_value_swedish(store[n]);
		if (sv != NULL)
			len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s (%s)",
			    n > 0 ? ", " : "", store[n], sv);
		else
			len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s",
			    n > 0 ? ", " : "", store[n]);
		n++;
	}
	names[n] = NULL;
	near = f->value != NULL ? schema_nearest(f->value, names) : NULL;
	if (near != NULL)
		diag(r->path, line, MSG_SCHEMA_ENUM_NEAR, f->where, near, list);
	else
		diag(r->path, line, MSG_SCHEMA_ENUM, f->where, list);
}

/* An error in a value: what the value is for, and how to write it. */
static void
report_value(struct reader *r, long line, const struct fault *f, int code, const char *set)
{
	char type[64], fix[128];
	const char *v = f->value != NULL ? f->value : "";
	const char *e = f->element, *a = f->attr;

	xsd_value_type(e, a[0] != '\0' ? a : NULL, type, sizeof(type));
	if (type[0] == '\0')
		between(f->detail, "atomic type '", "'", type, sizeof(type));
	if (code == XML_SCHEMAV_CVC_ENUMERATION_VALID && set != NULL)
		report_enumeration(r, line, f, set);
	else if (strcmp(type, "iso-date") == 0)
		diag(r->path, line, MSG_SCHEMA_DATE, f->where,
		    fix_date(v, fix, sizeof(fix)) ? fix : "2025-01-01");
	else if (strcmp(type, "written-date-text") == 0 || strcmp(type, "signing-date-text") == 0)
		diag(r->path, line, MSG_SCHEMA_DATE_WORDS, f->where,
		    fix_date(v, fix, sizeof(fix)) ? fix : "2025-03-01");
	else if (strcmp(type, "kronor") == 0 && code == XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID)
		diag(r->path, line, MSG_SCHEMA_OTHER, f->where, f->detail);
	else if (strcmp(type, "kronor") == 0 && (strcmp(e, "goal") == 0 || strcmp(e, "outcome") == 0))
		diag(r->path, line, MSG_SCHEMA_FIGURE, f->where,
		    fix_whole(v, fix, sizeof(fix)) ? fix : "30");
	else if (strcmp(type, "kronor") == 0 && strcmp(a, "quantity") == 0)
		diag(r->path, line, MSG_SCHEMA_WHOLE, f->where,
		    fix_whole(v, fix, sizeof(fix)) ? fix : "12");
	else if (strcmp(type, "kronor") == 0 && v[strspn(v, " ")] == '-')
		diag(r->path, line, MSG_SCHEMA_AMOUNT_NEGATIVE, f->where);
	else if (strcmp(type, "kronor") == 0 && fix_whole(v, fix, sizeof(fix)))
		diag(r->path, line, MSG_SCHEMA_AMOUNT, f->where, fix);
	else if (strcmp(type, "kronor") == 0)
		diag(r->path, line, MSG_SCHEMA_AMOUNT_FORM, f->where);
	else if (strcmp(type, "percent") == 0)
		diag(r->path, line, MSG_SCHEMA_PERCENT, f->where,
		    fix_decimal(v, fix, sizeof(fix)) && strcmp(fix, v) != 0 ? fix : "2.5");
	else if (strcmp(type, "share-percent") == 0)
		diag(r->path, line, MSG_SCHEMA_SHARE, f->where,
		    fix_decimal(v, fix, sizeof(fix)) && strcmp(fix, v) != 0 ? fix : "74.5");
	else if (strcmp(type, "year") == 0)
		diag(r->path, line, MSG_SCHEMA_YEAR, f->where);
	else if (strcmp(type, "count") == 0)
		diag(r->path, line, MSG_SCHEMA_COUNT, f->where);
	else if (strcmp(type, "month-list") == 0)
		diag(r->path, line, MSG_SCHEMA_MONTHS, f->where);
	else if (strncmp(type, "xs:", 3) == 0 && (strstr(type, "nteger") != NULL ||
	    strcmp(type, "xs:decimal") == 0))
		diag(r->path, line, MSG_SCHEMA_NUMBER, f->where);
	else if (strcmp(type, "orgnr") == 0)
		diag(r->path, line, MSG_SCHEMA_ORGNR, f->where,
		    fix_orgnr(v, fix, sizeof(fix)) ? fix : "212000-0449");
	else if (strcmp(type, "ident") == 0) {
		fix_ident(v, fix, sizeof(fix));
		diag(r->path, line, MSG_SCHEMA_IDENT, f->where, fix);
	} else if (strcmp(type, "language-tag") == 0)
		diag(r->path, line, MSG_SCHEMA_LANG, f->where);
	else if (code == XML_SCHEMAV_CVC_MINLENGTH_VALID && strcmp(type, "line-text") == 0)
		diag(r->path, line, MSG_SCHEMA_EMPTY, f->where);
	else if (code == XML_SCHEMAV_CVC_MAXLENGTH_VALID && strcmp(type, "line-text") == 0)
		diag(r->path, line, MSG_SCHEMA_TOO_LONG, f->where);
	else
		diag(r->path, line, MSG_SCHEMA_OTHER, f->where, f->detail);
}

/* An element where the schema does not take it, or one that ends before
 * an element it needs. */
static void
report_content(struct reader *r, long line, const struct fault *f, const char *message)
{
	const char *names[LIST_MAX], *near;
	char store[1024], list[1100];
	bool listed = expected_names(message, store, sizeof(store), names);

	if (listed)
		join_names(names, true, list, sizeof(list));
	if (strstr(message, "Missing child element") != NULL) {
		diag(r->path, line, MSG_SCHEMA_MISSING_ELEMENT, f->element,
		    listed ? list : "?");
		return;
	}
	if (!listed) {
		/* libxml2 names none: the elements <parent> holds anywhere */
		size_t k;

		xsd_element_children(f->parent, names);
		for (k = 0; names[k] != NULL && strcmp(names[k], f->element) != 0; k++)
			continue;
		if (names[0] == NULL || names[k] != NULL) {
			/* one of them, but not at this place */
			diag(r->path, line, MSG_SCHEMA_ELEMENT_END, f->element, f->parent);
			return;
		}
		join_names(names, true, list, sizeof(list));
	}
	if ((near = schema_nearest(f->element, names)) != NULL)
		diag(r->path, line, MSG_SCHEMA_ELEMENT_NEAR, f->element, f->parent, near, list);
	else
		diag(r->path, line, MSG_SCHEMA_ELEMENT, f->element, f->parent, list);
}

static void
report_attribute(struct reader *r, long line, const struct fault *f, const char *attr)
{
	const char *names[LIST_MAX], *near;
	char list[1024];
	xmlNode *decl;

	xsd_element_attributes(f->element, NULL, names, &decl);
	if (names[0] == NULL) {
		diag(r->path, line, MSG_SCHEMA_ATTR_NONE, f->element, attr);
		return;
	}
	join_names(names, false, list, sizeof(list));
	if ((near = schema_nearest(attr, names)) != NULL)
		diag(r->path, line, MSG_SCHEMA_ATTR_NEAR, f->element, attr, near, list);
	else
		diag(r->path, line, MSG_SCHEMA_ATTR, f->element, attr, list);
}

/* Whether element has an attribute the schema does not allow on it
 * whose "did you mean" is missing: that message says it all (frm= for
 * from=), and a second one for the missing attribute is left out. */
static bool
misspelt_attribute(const xmlNode *element, const char *missing)
{
	const char *names[LIST_MAX], *only[2] = { missing, NULL };
	const xmlAttr *a;
	xmlNode *decl;
	size_t k;

	if (element == NULL || element->type != XML_ELEMENT_NODE || missing == NULL)
		return false;
	xsd_element_attributes((const char *)element->name, NULL, names, &decl);
	for (a = element->properties; a != NULL; a = a->next) {
		for (k = 0; names[k] != NULL && strcmp(names[k], (const char *)a->name) != 0; k++)
			continue;
		if (names[k] == NULL && schema_nearest((const char *)a->name, only) != NULL)
			return true;
	}
	return false;
}

/* Remembers that attribute attr of element is to read as value. */
static void
rewrite_add(struct reader *r, xmlNode *element, const char *attr, const char *value)
{
	struct schema_rewrite *w;

	mem_grow((void **)&r->rewrites, &r->rewrites_cap, r->rewrites_n + 1, sizeof(*r->rewrites),
	    "rewrite_add");
	w = &r->rewrites[r->rewrites_n++];
	w->element = element;
	w->attr = mem_strdup(attr, "rewrite_add");
	w->value = value;
}

/* A written date the schema refused only for a capital letter ("1 Mars
 * 2021"): reports what to write and returns true; false for any other
 * message. */
static bool
date_case_error(struct reader *r, const xmlError *err)
{
	static const char mark[] = "[facet 'pattern'] The value '";
	const char *v, *end;
	char value[64], lower[64];
	struct date d;
	int in_words;
	size_t n, k;

	if (err->message == NULL || strstr(err->message, "(januari|februari|") == NULL ||
	    (v = strstr(err->message, mark)) == NULL)
		return false;
	v += sizeof(mark) - 1;
	if ((end = strchr(v, '\'')) == NULL || (n = (size_t)(end - v)) >= sizeof(value))
		return false;
	memcpy(value, v, n);
	value[n] = '\0';
	for (k = 0; k <= n; k++)
		lower[k] = value[k] >= 'A' && value[k] <= 'Z' ? (char)(value[k] - 'A' + 'a') : value[k];
	if (written_date_parse(lower, &d, &in_words) != 0 || !in_words)
		return false;
	r->errors++;
	diag(r->path, err->line, MSG_DATE_MONTH_CASE, value, lower);
	return true;
}

void
schema_error_report(struct reader *r, const xmlError *err)
{
	struct fault f;
	const char *canonical, *set = err->str2;
	long line = err->line;
	int code = err->code;

	if (date_case_error(r, err))
		return;
	fault_parse(err, &f);
	if (code == XML_SCHEMAV_CVC_ENUMERATION_VALID && f.attr[0] != '\0' &&
	    err->node != NULL && ((xmlNode *)err->node)->type == XML_ELEMENT_NODE &&
	    (canonical = schema_value_canonical(f.value, set)) != NULL) {
		/* a Swedish or English word for an allowed value: no error */
		rewrite_add(r, err->node, f.attr, canonical);
		return;
	}
	r->errors++;
	switch (code) {
	case XML_SCHEMAV_ELEMENT_CONTENT:
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4:
		report_content(r, line, &f, err->message != NULL ? err->message : "");
		break;
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
		report_attribute(r, line, &f, err->str1 != NULL ? err->str1 : f.attr);
		break;
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
		if (!misspelt_attribute(err->node, err->str1))
			diag(r->path, line, MSG_SCHEMA_MISSING_ATTR, f.element,
			    err->str1 != NULL ? err->str1 : "?", err->str1 != NULL ? err->str1 : "?");
		break;
	case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
		diag(r->path, line, MSG_SCHEMA_TEXT, f.element);
		break;
	case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
	case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2:
	case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3:
	case XML_SCHEMAV_CVC_LENGTH_VALID:
	case XML_SCHEMAV_CVC_MINLENGTH_VALID:
	case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
	case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
	case XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID:
	case XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID:
	case XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID:
	case XML_SCHEMAV_CVC_TOTALDIGITS_VALID:
	case XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID:
	case XML_SCHEMAV_CVC_PATTERN_VALID:
	case XML_SCHEMAV_CVC_ENUMERATION_VALID:
		report_value(r, line, &f, code, set);
		break;
	default:
		diag(r->path, line, MSG_SCHEMA_OTHER, f.where, f.detail);
		break;
	}
}

void
schema_rewrites_apply(struct reader *r)
{
	size_t i;

	for (i = 0; i < r->rewrites_n; i++) {
		xmlSetProp(r->rewrites[i].element, (const xmlChar *)r->rewrites[i].attr,
		    (const xmlChar *)r->rewrites[i].value);
		free(r->rewrites[i].attr);
	}
	free(r->rewrites);
	r->rewrites = NULL;
	r->rewrites_n = r->rewrites_cap = 0;
}
