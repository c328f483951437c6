/* The typographic pass: Swedish quotes, dashes and no-break spaces
 * (typo.h).  The text is split into words and the spaces between them;
 * each word is set on its own (quotes, a range inside it), then each
 * space by the words on its two sides (a no-break space, a range's
 * spaced dash joined).  A URL or an e-mail address is left as it is. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "mem.h"
#include "typo.h"

#define NBSP	"\xC2\xA0"
#define NDASH	"\xE2\x80\x93"
#define RQUOTE	"\xE2\x80\x9D"	/* ” */
#define LQUOTE	"\xE2\x80\x9C"	/* “ */
#define RSINGLE	"\xE2\x80\x99"	/* ’ */
#define LSINGLE	"\xE2\x80\x98"	/* ‘ */

struct words {
	char	**w;		/* n words */
	char	**sp;		/* n + 1: sp[i] before w[i], sp[n] after the last */
	size_t	  n;
};

static int
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
all_digits(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++)
		if (!is_digit(s[i]))
			return 0;
	return 1;
}

/* The word without brackets before it and punctuation after it: "(2017-
 * 2018)," is "2017-2018"; *off is where it starts. */
static size_t
core(const char *w, size_t *off)
{
	size_t len = strlen(w), b = 0;

	while (b < len && (w[b] == '(' || w[b] == '['))
		b++;
	for (;;) {
		if (len > b && strchr(".,;:!?)]\"'", w[len - 1]) != NULL)
			len--;
		else if (len >= b + 3 && (unsigned char)w[len - 3] == 0xE2 &&
		    (unsigned char)w[len - 2] == 0x80 &&
		    ((unsigned char)w[len - 1] == 0x9D || (unsigned char)w[len - 1] == 0x99))
			len -= 3;	/* ” ’ */
		else
			break;
	}
	*off = b;
	return len - b;
}

/* A URL or an e-mail address: left as written. */
static int
is_address(const char *w)
{
	const char *at = strchr(w, '@');

	return strstr(w, "://") != NULL || strncmp(w, "www.", 4) == 0 ||
	    strncmp(w, "(www.", 5) == 0 || (at != NULL && at != w && strchr(at, '.') != NULL);
}

/* Whether a - b is a range: years 1900-2100 or numbers below 1000, no
 * leading 0, the second larger. */
static int
is_range(const char *a, size_t alen, const char *b, size_t blen)
{
	long x, y;

	if (!all_digits(a, alen) || !all_digits(b, blen) || a[0] == '0' || b[0] == '0')
		return 0;
	x = strtol(a, NULL, 10);
	y = strtol(b, NULL, 10);
	if (alen == 4 && blen == 4)
		return x >= 1900 && y <= 2100 && y > x;
	return alen <= 3 && blen <= 3 && y > x;
}

static const char *const months[] = {
	"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
	"september", "oktober", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
};

/* A month's name or its short form ("jan", "jan."), any case of its
 * first letter. */
static int
is_month(const char *s, size_t len)
{
	size_t k, n;

	if (len > 0 && s[len - 1] == '.')
		len--;
	for (k = 0; k < sizeof(months) / sizeof(months[0]); k++) {
		n = strlen(months[k]);
		if (n == len && (s[0] == months[k][0] || s[0] - 'A' + 'a' == months[k][0]) &&
		    memcmp(s + 1, months[k] + 1, n - 1) == 0)
			return 1;
	}
	return 0;
}

/* Units and short words a number keeps on its line. */
static const char *const units[] = {
	"kr", "kr.", "kronor", "%", "st", "st.", "tkr", "mnkr", "mkr", "msek", "sek", "timmar", "tim",
	"tim.", "h", "procent", "\xE2\x80\xB0",
	/* a law's chapter and paragraph: "14 kap. 1 §" */
	"kap", "\xC2\xA7", "\xC2\xA7\xC2\xA7",
};

static int
is_unit(const char *s, size_t len)
{
	size_t k;

	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (strlen(units[k]) == len && memcmp(s, units[k], len) == 0)
			return 1;
	return 0;
}

/* Words that point at the number after them. */
static const char *const before_number[] = {
	"nr", "nr.", "\xC2\xA7", "\xC2\xA7\xC2\xA7", "kap.", "kl.", "p.", "s.", "sid.",
	"ca", "ca.", "org.nr", "org.nr.", "orgnr", "org.-nr",
	/* references: "bilaga 1", "avsnitt 3" (review J1: "i bilaga" / "1.") */
	"bilaga", "bilagan", "avsnitt", "avsnittet", "punkt", "punkten", "kapitel",
	"kapitlet", "sida", "sidan", "paragraf", "paragrafen", "moment", "momentet",
};

static int
points_at_number(const char *s)
{
	size_t k;

	for (k = 0; k < sizeof(before_number) / sizeof(before_number[0]); k++)
		if ((s[0] == before_number[k][0] || s[0] - 'A' + 'a' == before_number[k][0]) &&
		    strcmp(s + 1, before_number[k] + 1) == 0)
			return 1;
	return 0;
}

/* A number as text writes one: digits, "," and "." inside, an optional
 * sign or bracket before it. */
static int
is_number(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && (s[i] == '(' || s[i] == '-' || s[i] == '+'))
		i++;
	if (i == len || !is_digit(s[i]) || !is_digit(s[len - 1]))
		return 0;
	for (; i < len; i++)
		if (!is_digit(s[i]) && s[i] != ',' && s[i] != '.')
			return 0;
	return 1;
}

/* The letters of a diarienummer or a law: two to five capitals. */
static int
is_register(const char *s)
{
	size_t i, n = strlen(s);

	if (n < 2 || n > 5)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return 1;
}

/* The first part of a Swedish phone number: "031-390", "08-123",
 * "013-20", "0771-123". */
static int
is_phone_head(const char *s, size_t len)
{
	const char *h = memchr(s, '-', len);
	size_t a, b;

	if (h == NULL || s[0] != '0')
		return 0;
	a = (size_t)(h - s);
	b = len - a - 1;
	return a >= 2 && a <= 4 && b >= 2 && b <= 4 && all_digits(s, a) && all_digits(h + 1, b);
}

static int
is_iso(const char *s, size_t len)
{
	return len == 10 && all_digits(s, 4) && s[4] == '-' && all_digits(s + 5, 2) &&
	    s[7] == '-' && all_digits(s + 8, 2);
}

static int
is_dash(const char *w)
{
	return strcmp(w, "-") == 0 || strcmp(w, NDASH) == 0;
}

static void
set_word(char **p, const char *v)
{
	free(*p);
	*p = xstrdup(v);
}

/* A unit written right after its number ("199st", "500kr."): the
 * letters from w + i up to the word's end or a punctuation mark are one
 * of units[] in letters, and the number begins the word or a bracket. */
static int
glued_unit(const char *w, size_t i)
{
	size_t j = i, k = i;

	while (w[j] >= 'a' && w[j] <= 'z')
		j++;
	if (j == i || (w[j] != '\0' && strchr(".,;:)!?/", w[j]) == NULL))
		return 0;
	if (!is_unit(w + i, j - i) || w[i] == 'h')
		return 0;	/* "2h" stays: "h" alone is too often a name's */
	while (k > 0 && is_digit(w[k - 1]))
		k--;
	return k == 0 || w[k - 1] == '(';
}

/* Quotes and a range inside one word. */
static char *
word_pass(const char *w, bool swedish)
{
	struct buf b = { NULL, 0, 0 };
	size_t off, len = core(w, &off), i;
	const char *h;

	/* "2017-2018", "10-20", "jan-okt" */
	h = memchr(w + off, '-', len);
	if (h != NULL && memchr(h + 1, '-', len - (size_t)(h - w - off) - 1) == NULL &&
	    (is_range(w + off, (size_t)(h - w - off), h + 1, len - (size_t)(h - w - off) - 1) ||
	    (is_month(w + off, (size_t)(h - w - off)) &&
	    is_month(h + 1, len - (size_t)(h - w - off) - 1))))
		;
	else
		h = NULL;
	for (i = 0; w[i] != '\0'; i++) {
		int open = i == 0 || w[i - 1] == '(' || w[i - 1] == '[';

		if (w + i == h)
			buf_adds(&b, NDASH);
		else if (w[i] == '"')
			buf_adds(&b, swedish || !open ? RQUOTE : LQUOTE);
		else if (w[i] == '\'')
			buf_adds(&b, swedish || !open ? RSINGLE : LSINGLE);
		else if (w[i] == '%' && i > 0 && is_digit(w[i - 1]) && swedish)
			buf_adds(&b, NBSP "%");	/* "2%" */
		else if (i > 0 && is_digit(w[i - 1]) && swedish && glued_unit(w, i)) {
			buf_adds(&b, NBSP);	/* "199st", "500kr" */
			buf_addc(&b, w[i]);
		} else
			buf_addc(&b, w[i]);
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return b.data;
}

/* The length of s before an en dash or a slash. */
static size_t
head(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == '/' || (i + 3 <= len && memcmp(s + i, NDASH, 3) == 0))
			return i;
	return len;
}

/* Whether the space between w[i - 1] and w[i] is a no-break space. */
static int
tied(const struct words *v, size_t i, int *phone)
{
	const char *a = v->w[i - 1], *b = v->w[i];
	size_t aoff, boff, alen = core(a, &aoff), blen = core(b, &boff), bhead;
	int in_phone = *phone;

	*phone = 0;
	if (alen == 0 || blen == 0)
		return 0;
	a += aoff;
	b += boff;
	/* a phone number's groups: "031-390 06 12" */
	if ((in_phone || is_phone_head(a, alen)) && (blen == 2 || blen == 3) &&
	    all_digits(b, blen) && boff == 0) {
		*phone = 1;
		return 1;
	}
	/* digit groups: "1 077 600" */
	if (alen <= 3 && all_digits(a, alen) && blen == 3 && all_digits(b, blen) && boff == 0 &&
	    (i < 2 || !all_digits(v->w[i - 2], strlen(v->w[i - 2])) ||
	    strlen(v->w[i - 2]) <= 3))
		return 1;
	/* what b begins with before a dash or a slash: "januari" of
	 * "januari–30", "kr" of "kr/år" */
	bhead = head(b, blen);
	/* a number and its unit: "187 200 kr", "56 %", "4 timmar", "600 000
	 * kr/år" */
	if (is_number(a, alen) && v->w[i - 1][aoff + alen] == '\0' && is_unit(b, bhead))
		return 1;
	/* a day and its month: "31 januari", "11–31 augusti" */
	while (alen > 3 && memcmp(a, NDASH, 3) != 0 && memchr(a, '\xE2', alen) != NULL) {
		const char *d = strstr(a, NDASH);

		if (d == NULL || (size_t)(d - a) + 3 > alen)
			break;
		alen -= (size_t)(d - a) + 3;
		a = d + 3;
	}
	if (alen <= 2 && all_digits(a, alen) && strtol(a, NULL, 10) >= 1 &&
	    strtol(a, NULL, 10) <= 31 && is_month(b, bhead))
		return 1;
	/* "org. nr", "nr 3", "§ 94" */
	if (aoff == 0 && (strcmp(v->w[i - 1], "org.") == 0 || strcmp(v->w[i - 1], "Org.") == 0) &&
	    (strncmp(b, "nr", 2) == 0))
		return 1;
	if (aoff == 0 && points_at_number(v->w[i - 1]) && is_digit(b[0]))
		return 1;
	/* "KS 2021/456", "SFS 2001:453" */
	if (aoff == 0 && is_register(v->w[i - 1]) && is_digit(b[0]) &&
	    (memchr(b, '/', blen) != NULL || memchr(b, ':', blen) != NULL))
		return 1;
	/* a postal code: "581 83 Linköping" */
	if (alen == 3 && all_digits(a, alen) && blen == 2 && all_digits(b, blen) &&
	    v->w[i][2] == '\0' && i + 1 < v->n && v->w[i + 1][0] >= 'A' && v->w[i + 1][0] <= 'Z')
		return 1;
	return 0;
}

/* A lone dash between words: a range's joined ("10 – 20" to "10–20",
 * "jan - okt" to "jan–okt"), any other spaced with an en dash and a
 * no-break space before it. */
static void
dash_pass(struct words *v, size_t i)
{
	const char *a = v->w[i - 1], *b = v->w[i + 1];
	size_t aoff, boff, alen = core(a, &aoff), blen = core(b, &boff);
	int range = 0;

	if (strcmp(v->sp[i], " ") != 0 || strcmp(v->sp[i + 1], " ") != 0)
		return;
	if (a[aoff + alen] == '\0' && boff == 0 && is_range(a + aoff, alen, b, blen) &&
	    (i < 2 || !all_digits(v->w[i - 2], strlen(v->w[i - 2]))) &&
	    (i + 2 >= v->n || !(strlen(v->w[i + 2]) == 3 && all_digits(v->w[i + 2], 3))))
		range = 1;
	else if (a[aoff + alen] == '\0' && boff == 0 && is_month(a + aoff, alen) &&
	    is_month(b, blen) && (i < 2 || !is_number(v->w[i - 2], strlen(v->w[i - 2]))))
		range = 1;
	set_word(&v->w[i], NDASH);
	/* two ISO dates: one unit ("2027-01-01 – 2027-06-30") */
	if (!range && is_iso(a + aoff, alen) && is_iso(b, blen))
		set_word(&v->sp[i + 1], NBSP);
	if (range) {
		set_word(&v->sp[i], "");
		set_word(&v->sp[i + 1], "");
	} else
		set_word(&v->sp[i], NBSP);
}

char *
typo_apply(const char *s, bool swedish)
{
	struct words v = { NULL, NULL, 0 };
	size_t cap = 0, scap = 0, i;
	const char *p = s, *q;
	struct buf out = { NULL, 0, 0 };
	int phone = 0;

	/* the spaces before the first word, then each word and the spaces
	 * after it */
	for (q = p; is_space(*q); q++)
		continue;
	xgrow((void **)&v.sp, &scap, 1, sizeof(*v.sp));
	v.sp[0] = xmalloc((size_t)(q - p) + 1);
	memcpy(v.sp[0], p, (size_t)(q - p));
	v.sp[0][q - p] = '\0';
	for (p = q; *p != '\0'; p = q) {
		const char *e;

		for (e = p; *e != '\0' && !is_space(*e); e++)
			continue;
		for (q = e; is_space(*q); q++)
			continue;
		xgrow((void **)&v.w, &cap, v.n + 1, sizeof(*v.w));
		xgrow((void **)&v.sp, &scap, v.n + 2, sizeof(*v.sp));
		v.w[v.n] = xmalloc((size_t)(e - p) + 1);
		memcpy(v.w[v.n], p, (size_t)(e - p));
		v.w[v.n][e - p] = '\0';
		v.sp[v.n + 1] = xmalloc((size_t)(q - e) + 1);
		memcpy(v.sp[v.n + 1], e, (size_t)(q - e));
		v.sp[v.n + 1][q - e] = '\0';
		v.n++;
	}
	for (i = 0; i < v.n; i++)
		if (!is_address(v.w[i])) {
			char *t = word_pass(v.w[i], swedish);

			free(v.w[i]);
			v.w[i] = t;
		}
	if (swedish) {
		for (i = 1; i + 1 < v.n; i++)
			if (is_dash(v.w[i]) && !is_address(v.w[i - 1]) && !is_address(v.w[i + 1]))
				dash_pass(&v, i);
		for (i = 1; i < v.n; i++)
			if (strcmp(v.sp[i], " ") == 0 && !is_address(v.w[i - 1]) &&
			    !is_address(v.w[i]) && tied(&v, i, &phone))
				set_word(&v.sp[i], NBSP);
			else if (strcmp(v.sp[i], " ") != 0)
				phone = 0;
	}
	buf_adds(&out, v.sp[0]);
	for (i = 0; i < v.n; i++) {
		buf_adds(&out, v.w[i]);
		buf_adds(&out, v.sp[i + 1]);
		free(v.w[i]);
		free(v.sp[i + 1]);
	}
	free(v.sp[0]);
	free(v.w);
	free(v.sp);
	if (out.data == NULL)
		buf_adds(&out, "");
	return out.data;
}

/* The text of one span in the document's arena: the same pointer when
 * the pass changes nothing. */
static const char *
pass(struct arena *a, const char *s, bool swedish)
{
	char *t;
	const char *r;

	if (s == NULL)
		return NULL;
	t = typo_apply(s, swedish);
	r = strcmp(t, s) == 0 ? s : arena_strdup(a, t);
	free(t);
	return r;
}

/* A bookmark's title: the pass's quotes and dashes, but plain spaces
 * (a viewer's bookmark list does not break lines; "Bilaga 1." stays
 * searchable as typed). */
static const char *
pass_bookmark(struct arena *a, const char *s, bool swedish)
{
	const char *r = pass(a, s, swedish);
	char *t, *p;

	if (r == NULL || strstr(r, "\xC2\xA0") == NULL)
		return r;
	t = arena_strdup(a, r);
	for (p = t; (p = strstr(p, "\xC2\xA0")) != NULL;) {
		*p = ' ';
		memmove(p + 1, p + 2, strlen(p + 2) + 1);
		p++;
	}
	return t;
}

static void
pass_text(struct arena *a, struct doc_text *t, bool swedish)
{
	struct doc_span *sp;

	for (sp = t->first; sp != NULL; sp = sp->next)
		sp->text = pass(a, sp->text, swedish);
}

/* Swedish unless the node or one above it says another language. */
static bool
is_swedish(const struct doc_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->lang != NULL)
			return strcmp(n->lang, "sv") == 0 || strncmp(n->lang, "sv-", 3) == 0;
	return true;
}

void
typo_doc(struct doc *d)
{
	const struct doc_node *c;
	struct arena *a = d->arena;
	size_t k;

	/* the running header and footer; the title and subject of the
	 * document's properties stay as written */
	d->running_title = pass(a, d->running_title != NULL ? d->running_title : d->title, true);
	d->effort = pass(a, d->effort, true);
	for (c = doc_next(&d->root, &d->root); c != NULL; c = doc_next(c, &d->root)) {
		/* the walk is read-only; the nodes are the document's own */
		struct doc_node *n = (struct doc_node *)(uintptr_t)c;
		bool sv = is_swedish(n);

		pass_text(a, &n->text, sv);
		n->outline = pass_bookmark(a, n->outline, sv);
		n->toc_title = pass(a, n->toc_title, sv);
		if (n->table != NULL && n->kind == DOC_TABLE)
			pass_text(a, &n->table->caption, sv);
		if (n->sigs != NULL)
			for (k = 0; k < n->sigs->n; k++) {
				struct doc_signatory *g = &n->sigs->sig[k];

				pass_text(a, &g->for_text, true);
				g->place_date = pass(a, g->place_date, true);
				g->name = pass(a, g->name, true);
				g->title = pass(a, g->title, true);
				g->organisation = pass(a, g->organisation, true);
			}
		if (n->chart != NULL) {
			struct doc_chart *ch = n->chart;

			ch->title = pass(a, ch->title, sv);
			for (k = 0; k < ch->nrows; k++)
				ch->labels[k] = pass(a, ch->labels[k], sv);
			for (k = 0; k < ch->nseries; k++)
				ch->series[k] = pass(a, ch->series[k], sv);
		}
	}
}
