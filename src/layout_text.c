/* Measuring text through struct metrics, and setting it into lines:
 * words (hyphenated where hyph.c allows, cut where wider than the line,
 * broken after inner hyphens and slashes) to line-breaking items for
 * linebreak.c, and its breaks back to runs of text.  Part of the layout
 * engine (layout_int.h).
 *
 * An added hyphen is drawn as U+00AD SOFT HYPHEN (the fonts map it to
 * the hyphen glyph; the PDF's ToUnicode map keeps it U+00AD): PDF 1.7,
 * 14.8.2.2.3, has a hyphen added at a line end written so, and text
 * extraction and search then join the word's halves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hyph.h"
#include "layout_int.h"
#include "linebreak.h"
#include "mem.h"
#include "utf8.h"

/* A justified line's spaces stretch by up to SPACE_STRETCH of their width
 * a unit of the line's ratio and shrink by up to SPACE_SHRINK (to 0.7
 * of it).  The loosest spacing a justified line is set with is three
 * times the natural width (issue 14; linebreak.c avoids it wherever the
 * paragraph allows): a line that would need more, before a word cut
 * because it is wider than the line or a tied amount that does not fit,
 * is set flush left instead. */
#define SPACE_STRETCH	0.6f
#define SPACE_SHRINK	0.3f
#define JUSTIFY_MAX	((3.0f - 1) / SPACE_STRETCH)

/* What breaking a word costs: four times TeX's \hyphenpenalty of 50, so
 * that a hyphen is taken only where it spares a line some way looser
 * (issue 14; dearer still leaves few hyphens fewer and many lines
 * looser at this measure: 500 gave 16.7 % of the justified lines
 * hyphenated against 18.0 %, but 10.6 % of them over 1.8x the natural
 * space against 8.0 %).  Text set
 * flush left (table cells) hyphenates only a word wider than its line,
 * which would otherwise be cut without a hyphen: an uneven right edge is
 * its nature, and "Linköpings kom- / mun" or "(idébu- / ren part)" in a
 * narrow column is worse than a short line.  A break leaving fewer than
 * SHORT_PART letters on a side costs SHORT_COST more per letter short,
 * so that the joints of compounds ("arbetsmarknads-nämnden") come before
 * "ar-betsmarknadsnämnden". */
#define HYPHEN_COST		200
#define HYPHEN_COST_RAGGED	500
#define SHORT_PART		4
#define SHORT_COST		150
#define TWO_LETTER_COST		300
/* A break inside one of a compound's words when the compound has a
 * joint to break at (hyph.h): "idrotts-förening" before "idrottsför-
 * ening", unless the joint's line would stretch its spaces by some
 * two thirds more than the other's. */
#define NOT_JOINT_COST		100
/* A word wider than the line is cut where it fills the line, without a
 * hyphen: dearer than any hyphenation point of it. */
#define CUT_COST		2000
/* A break at a no-break space of a word wider than the line: dearer
 * than its dashes, cheaper than a cut. */
#define NBSP_COST		1000
/* A break inside a name (a capitalised word that does not begin a
 * sentence, justified text only, at an s-joint: "Samordnings-förbundet")
 * costs this much more: taken only where the paragraph cannot otherwise
 * be set with its spaces at most twice their width (linebreak.c), or to
 * spare a line much looser than that (issue 14). */
#define NAME_COST		900
/* A name breaks elsewhere than at an s-joint only when it is this long
 * and leaves this many letters on each side: a long compound name
 * ("Kvinno-föreningen"), never a short one ("Kom-pis", "Re-gion"). */
#define NAME_MIN		12
#define NAME_PART_MIN		5
/* A name the document knows (doc->nohyph: a party's, a nämnd's, a
 * signatory's), written capitalised, is not hyphenated (review 2:
 * "Samord-ningsförbundet", "Social-förvaltningen").  A nämnd's name,
 * written in lower case ("socialnämnden"), is a common noun's compound:
 * at its joint, "social-nämnden", as a reader expects, or leaving five
 * letters or more after the break ("arbetsmark-nadsnämnden"), never
 * "utbildningsnämn-den" nor "grundskolenämn-den"; kept to its joints
 * only, the paragraphs that name a nämnd and its org. nr. set at 2.8x. */
#define KNOWN_NAMND_COST	0	/* no more than any word's */
/* Break chances after a word's own hyphen or slash. */
#define EXPLICIT_COST		50
/* A chart label's space inside brackets: "Mentor för kvinnor" /
 * "(2023, mars–december)" rather than "… (2023," / "mars–december)",
 * unless the line before the bracket is left very short (a ragged line
 * some two thirds empty costs more); below CUT_COST, so that a bracket
 * wider than the line breaks at its spaces before it is cut. */
#define BRACKET_COST		1900
/* A break inside an e-mail address or URL, without a hyphen: after one
 * of its "/ . _ ? & =" or its "@" (address_break), never inside
 * "https://" nor leaving fewer than ADDRESS_PART characters on a side.
 * Dear (review K1, Göteborg: "skriva till ideell" /
 * "@linneajouren-goteborg.se."): the whole address goes to the next
 * line, the word before it hyphenated if need be, unless that leaves
 * the paragraph's spaces over twice their width (a line over that
 * costs linebreak.c's LOOSE_LINE, 1e8, more than this squared) or many
 * lines near it; below CUT_COST, so that an address wider than the line
 * breaks at its seams before it is cut.  Not taken in the pass without
 * hyphens (the item's inside).  Set flush left (a table cell) an
 * address breaks only when it is wider than the line. */
#define ADDRESS_COST		1800
/* After the "@", the seam of an e-mail address, sooner than after one
 * of its periods: "karin.ek@" / "exempel.asby.se" rather than
 * "karin.ek@exempel." / "asby.se". */
#define ADDRESS_AT_COST		1700
#define ADDRESS_COST_RAGGED	1500
#define ADDRESS_AT_COST_RAGGED	1400
/* Before a hyphen of the address (address_hyphen_break): a little
 * dearer than after a "/" or ".", which ends a part of it, so that a
 * line ends at a seam where that sets about as well. */
#define ADDRESS_HYPHEN_COST	1900
#define ADDRESS_HYPHEN_COST_RAGGED	1700
#define ADDRESS_PART		3
#define SOFT_HYPHEN		0xADu

static int
advance(struct lay *L, enum face face, uint32_t cp, long line)
{
	int w = L->m->advance(L->m->ctx, face, cp);
	size_t i;

	if (w >= 0)
		return w;
	for (i = 0; i < L->nreported; i++)
		if (L->reported[i] == cp)
			return 500;
	if (L->nreported < sizeof(L->reported) / sizeof(L->reported[0]))
		L->reported[L->nreported++] = cp;
	{
		char ch[8] = { 0 }, shown[16];

		utf8_encode(cp, ch);
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
			snprintf(shown, sizeof(shown), "(control)");
		else
			snprintf(shown, sizeof(shown), "\"%s\"", ch);
		diag(L->doc->path, line, MSG_GLYPH, shown, (unsigned long)cp);
	}
	L->errors++;
	return 500;
}

float
layout_text_measure(struct lay *L, const char *s, size_t len, enum face face, float size, long line)
{
	float w = 0;
	uint32_t cp;
	size_t k;

	while (len > 0) {
		k = utf8_decode(s, len, &cp);
		if (k == 0)
			k = 1;
		w += (float)advance(L, face, cp, line);
		s += k;
		len -= k;
	}
	return w * size / 1000.0f;
}

float
layout_text_width(const struct metrics *m, const char *s, enum face face, float size)
{
	float w = 0;
	size_t len = strlen(s), k;
	uint32_t cp;

	while (len > 0) {
		int a;

		k = utf8_decode(s, len, &cp);
		if (k == 0)
			k = 1;
		a = m->advance(m->ctx, face, cp);
		w += (float)(a >= 0 ? a : 500);
		s += k;
		len -= k;
	}
	return w * size / 1000.0f;
}

struct piece {
	const char	*s;
	size_t		 len;
	enum face	 face;
	int		 hyphen;	/* penalty: a hyphen is added when broken here */
	int		 before_space;	/* penalty: the space after it is the break's */
};

/* How a paragraph is set: justified or not, and hyphenated. */
struct setting {
	int	justify;
	int	hyphenate;
	int	label;		/* a label: kept whole inside its brackets */
};

struct items {
	struct lb_item	*it;
	struct piece	*pc;
	size_t		 n, cap;
};

static void
add_item(struct items *v, enum lb_type type, float w, float st, float sh, int pen,
    const char *s, size_t len, enum face face)
{
	size_t old_cap = v->cap;

	xgrow((void **)&v->it, &v->cap, v->n + 1, sizeof(*v->it));
	/* the pieces grow with the items, not on every item: a realloc
	 * each time copies the whole array (a 900 KB paragraph's 20 000
	 * pieces, gigabytes under ASan) */
	if (v->cap != old_cap || v->pc == NULL)
		v->pc = xrealloc(v->pc, v->cap * sizeof(*v->pc));
	v->it[v->n].type = type;
	v->it[v->n].width = w;
	v->it[v->n].stretch = st;
	v->it[v->n].shrink = sh;
	v->it[v->n].penalty = pen;
	v->it[v->n].flagged = 0;
	v->it[v->n].inside = 0;
	v->it[v->n].address = 0;
	v->pc[v->n].s = s;
	v->pc[v->n].len = len;
	v->pc[v->n].face = face;
	v->pc[v->n].hyphen = 0;
	v->pc[v->n].before_space = 0;
	v->n++;
}

int
layout_hyphen_cost(const struct hyph_point *hp, int joints, int name, int justify)
{
	int cost = (justify ? HYPHEN_COST : HYPHEN_COST_RAGGED) + name;

	if (joints && !hp->joint)
		cost += NOT_JOINT_COST;
	if (hp->left < SHORT_PART)
		cost += SHORT_COST * (SHORT_PART - hp->left);
	if (hp->right < SHORT_PART)
		cost += SHORT_COST * (SHORT_PART - hp->right);
	/* a head of two letters costs more again: "ne-dan", "lo-kal",
	 * "mö-tet" (review 2) only where the paragraph has no other way
	 * within twice the natural space; a left minimum of 3 everywhere
	 * cost loose lines (98.73 -> 98.30 %) */
	if (hp->left <= 2)
		cost += TWO_LETTER_COST;
	if (hp->right <= 2)
		cost += TWO_LETTER_COST;
	return cost;
}

/* A hyphen break before the next piece: a flagged penalty with the
 * added hyphen's width, priced by the letters it leaves on each side. */
static void
add_hyphen(struct lay *L, struct items *v, const struct hyph_point *hp, int joints,
    int name, enum face face, float size, const struct setting *set)
{
	int cost = layout_hyphen_cost(hp, joints, name, set->justify);
	int w = L->m->advance(L->m->ctx, face, SOFT_HYPHEN);

	add_item(v, LB_PENALTY, (float)w * size / 1000.0f, 0, 0, cost, NULL, 0, face);
	v->it[v->n - 1].flagged = 1;
	v->pc[v->n - 1].hyphen = 1;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

static int
next_is_letter(const char *s, size_t len)
{
	uint32_t cp;

	return utf8_decode(s, len, &cp) > 0 && is_letter(cp);
}

/* Whether the word s[0, len) is an e-mail address or a URL: a "://", a
 * "www." at its start, or an "@" with a letter or digit before it and a
 * "." after it.  Brackets and quotes around it are the caller's. */
static int
is_address(const char *s, size_t len)
{
	const char *at;
	size_t i;

	for (i = 0; i + 3 <= len; i++)
		if (memcmp(s + i, "://", 3) == 0)
			return 1;
	while (len > 0 && strchr("(<[\"'", *s) != NULL)
		s++, len--;
	if (len >= 4 && (memcmp(s, "www.", 4) == 0 || memcmp(s, "WWW.", 4) == 0))
		return 1;
	at = memchr(s, '@', len);
	return at != NULL && at > s && (((at[-1] | 0x20) >= 'a' && (at[-1] | 0x20) <= 'z') ||
	    (at[-1] >= '0' && at[-1] <= '9') || (unsigned char)at[-1] >= 0x80) &&
	    memchr(at, '.', len - (size_t)(at - s)) != NULL;
}

/* The end of an address's own characters: closing punctuation after it
 * (a sentence's period, a comma, a bracket) is not part of it. */
static size_t
address_end(const char *s, size_t len)
{
	while (len > 0 && strchr(".,;:!?)]>\"'", s[len - 1]) != NULL)
		len--;
	return len;
}

/* Whether an address may break before its hyphen s[i] (from is its
 * first byte after any scheme's "//", end its end): between two parts of letters or
 * digits, each at least ADDRESS_PART characters up to the next seam or
 * hyphen ("kunskapsbron" / "-malmo", never "e" / "-tjanster"). */
static int
address_hyphen_break(const char *s, size_t i, size_t from, size_t end)
{
	size_t k, before = 0, after = 0;

	for (k = i; k > from && before < ADDRESS_PART && strchr("/.-_?&=@:", s[k - 1]) == NULL; k--)
		before += ((unsigned char)s[k - 1] & 0xC0) != 0x80;
	for (k = i + 1; k < end && after < ADDRESS_PART && strchr("/.-_?&=@#%~,;:!)]>\"'", s[k]) == NULL; k++)
		after += ((unsigned char)s[k] & 0xC0) != 0x80;
	/* nor inside a number's range ("schema-2026-2027", not "2026" /
	 * "-2027", which reads as a negative number) */
	if (i > 0 && i + 1 < end && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9')
		return 0;
	return before >= ADDRESS_PART && after >= ADDRESS_PART;
}

/* Whether an address may break before byte i (from is its first byte
 * after any scheme's "//", end its end, mail the byte after the "@" of
 * an e-mail address, 0 for a URL): after "/ . _ ? & = @", before a
 * hyphen of its own (address_hyphen_break) but never after one (read
 * as hyphenation: "kunskapsbron-" / "malmo.se"), and in an e-mail address only after its "@" or in its
 * domain, never in the name before the "@" ("leila.haddad" /
 * "@grundskoleforvaltningen.malmo.se", review K1; a name wider than the
 * line is cut). */
static int
address_break(const char *s, size_t i, size_t from, size_t end, size_t mail)
{
	size_t k, before = 0, after = 0;

	if (i <= from || i >= end || i < mail)
		return 0;
	/* before a hyphen of its own, which then begins the next line and
	 * cannot read as hyphenation (as the Chicago Manual breaks a URL):
	 * "https://www.kunskapsbron" / "-malmo.se/…" fills a line that
	 * "https://www.kunskapsbron-malmo.se/", its first seam, leaves 60 %
	 * full (review, Malmö p3) */
	if (s[i] == '-')
		return address_hyphen_break(s, i, from, end);
	if (strchr("/._?&=@", s[i - 1]) == NULL)
		return 0;
	/* not between two of them ("//", "?&") */
	if (strchr("/.-_?&=@", s[i]) != NULL)
		return 0;
	/* characters on each side, counted up to ADDRESS_PART only (a URL
	 * of 100 KB has thousands of breaks) */
	for (k = i; k > from && before < ADDRESS_PART; k--)
		before += ((unsigned char)s[k - 1] & 0xC0) != 0x80;
	/* what follows up to its next seam, too: no domain's ending alone
	 * at a line start ("https://www.exempel-kommun." / "se/…",
	 * "karin@exempel." / "se") */
	for (k = i; k < end && after < ADDRESS_PART && strchr("/._?&=@", s[k]) == NULL; k++)
		after += ((unsigned char)s[k] & 0xC0) != 0x80;
	/* nor a host's "www." alone at a line end ("https://www." /
	 * "kunskapsbron-malmo.se/…") */
	if (i == from + 4 && (memcmp(s + from, "www.", 4) == 0 || memcmp(s + from, "WWW.", 4) == 0))
		return 0;
	return before >= ADDRESS_PART && after >= ADDRESS_PART;
}

/* The byte after the "@" of an e-mail address s[from, end); 0 for a URL
 * (a scheme's "://" before from, or no "@"). */
static size_t
address_mail(const char *s, size_t from, size_t end)
{
	const char *at;

	if (from >= 3 && memcmp(s + from - 3, "://", 3) == 0)
		return 0;
	at = from < end ? memchr(s + from, '@', end - from) : NULL;
	return at != NULL ? (size_t)(at - s) + 1 : 0;
}

/* Where the address s[0, len) begins its breakable part: after any
 * scheme's "//" and opening brackets or quotes. */
static size_t
address_from(const char *s, size_t len)
{
	size_t j, from = 0;

	for (j = 0; j + 3 <= len; j++)
		if (memcmp(s + j, "://", 3) == 0) {
			from = j + 3;
			break;
		}
	while (from < len && strchr("(<[\"'", s[from]) != NULL)
		from++;
	return from;
}

int
layout_address_breaks(const char *s, char *out, size_t cap)
{
	size_t len = strlen(s), from, end, mail, i, o = 0;

	if (!is_address(s, len))
		return -1;
	from = address_from(s, len);
	end = address_end(s, len);
	mail = address_mail(s, from, end);
	for (i = 0; i < len; i++) {
		if (i > 0 && address_break(s, i, from, end, mail)) {
			if (o + 1 >= cap)
				return -1;
			out[o++] = '|';
		}
		if (o + 1 >= cap)
			return -1;
		out[o++] = s[i];
	}
	out[o] = '\0';
	return 0;
}

/* s[0, len) in lower case into low (room bytes); its length, or room
 * when it does not fit. */
static size_t
lower_into(const char *s, size_t len, char *low, size_t room)
{
	size_t i, k, o = 0;
	uint32_t cp;

	for (i = 0; i < len; i += k) {
		if ((k = utf8_decode(s + i, len - i, &cp)) == 0 || o + 4 >= room)
			return room;
		o += utf8_encode(utf8_lower(cp), low + o);
	}
	return o;
}

/* Whether the word s[0, len) is a name the document knows (doc->nohyph),
 * or one and a genitive "s", whatever its case: 2 when the name is
 * written capitalised ("Samordningsförbundet", "Socialförvaltningens"),
 * 1 when not (a nämnd: "socialnämnden"), 0 when it is none. */
static int
known_name(const struct doc *d, const char *s, size_t len)
{
	char low[256], name[256];
	size_t a = 0, b = 0, i, k, o, n;
	uint32_t cp;

	if (d == NULL || d->nnohyph == 0)
		return 0;
	for (i = 0; i < len; i += k) {
		if ((k = utf8_decode(s + i, len - i, &cp)) == 0)
			return 0;
		if (is_letter(cp)) {
			if (b == 0)
				a = i;
			b = i + k;
		}
	}
	if ((o = lower_into(s + a, b - a, low, sizeof(low))) == sizeof(low))
		return 0;
	for (i = 0; i < d->nnohyph; i++) {
		const char *w = d->nohyph[i];

		if ((n = lower_into(w, strlen(w), name, sizeof(name))) == sizeof(name))
			continue;
		if (memcmp(name, low, n < o ? n : o) == 0 &&
		    (n == o || (n + 1 == o && low[n] == 's')))
			return utf8_decode(w, strlen(w), &cp) > 0 && utf8_lower(cp) != cp ? 2 : 1;
	}
	return 0;
}

/* A word: one box, with break chances at its hyphenation points (when
 * hyphenate), after inner hyphens and slashes, inside an e-mail address
 * or URL (address_break), and cut into pieces when it is wider than the
 * line. */
static void
add_word(struct lay *L, struct items *v, const char *s, size_t len, enum face face,
    float size, float width, long line, const struct setting *set, int hyphenate,
    int capital_ok)
{
	size_t start = 0, i = 0, k, np = 0, next = 0, first = v->n;
	uint32_t cp, prev = 0;
	float w = 0;
	struct hyph_point pts[HYPH_WORD_MAX];
	int joints = 0, name = 0, known;
	/* a range of words ("juli–december") breaks at its dash only when
	 * it is wider than the line (review r8: "(2023, mars–" /
	 * "december)") */
	int dash_ok = layout_text_measure(L, s, len, face, size, line) > width;
	/* an address: where its breaks may be (after the scheme's "//") */
	int address = is_address(s, len) && (set->justify || dash_ok);
	size_t addr_from = address ? address_from(s, len) : 0;
	size_t addr_end = address ? address_end(s, len) : 0;
	size_t addr_mail = address ? address_mail(s, addr_from, addr_end) : 0;

	if (hyphenate && !set->justify && layout_text_measure(L, s, len, face, size, line) <= width)
		hyphenate = 0;
	/* a name the document knows: none when capitalised, a nämnd's at
	 * its joints and before five letters or more (KNOWN_NAMND_COST); one
	 * wider than the line (a narrow column) is hyphenated as any word:
	 * a hyphen reads better than a cut */
	if (hyphenate && !dash_ok && (known = known_name(L->doc, s, len)) > 0) {
		size_t all = known == 1 ? hyph_word(s, len, 1, pts, HYPH_WORD_MAX) : 0;

		for (k = 0; k < all; k++)
			if (pts[k].joint || pts[k].right >= NAME_PART_MIN)
				pts[np++] = pts[k];
		name = KNOWN_NAMND_COST;
		hyphenate = 0;
	}
	if (hyphenate)
		np = hyph_word(s, len, capital_ok, pts, HYPH_WORD_MAX);
	/* a name: at a price, in justified text, and only at a compound's
	 * s-joint ("Samordnings-förbundet"), never inside a part
	 * ("Linkö-ping", "Kom-pis", "Re-gion": issue 14, no hyphenation of
	 * names) */
	if (hyphenate && np == 0 && !capital_ok && set->justify) {
		size_t all = hyph_word(s, len, 1, pts, HYPH_WORD_MAX);

		for (k = 0; k < all; k++)
			if (pts[k].joint || (pts[k].left >= NAME_PART_MIN &&
			    pts[k].right >= NAME_PART_MIN && pts[k].left + pts[k].right >= NAME_MIN))
				pts[np++] = pts[k];
		name = NAME_COST;
	}
	for (k = 0; k < np; k++)
		joints |= pts[k].joint;
	while (i < len) {
		float cw;

		if (next < np && pts[next].at == i) {
			if (i > start) {
				add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
				add_hyphen(L, v, &pts[next], joints, name, face, size, set);
				start = i;
				w = 0;
			}
			next++;
		}

		if (address && i > start && address_break(s, i, addr_from, addr_end, addr_mail)) {
			int at = s[i - 1] == '@', hy = s[i] == '-';

			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, set->justify ?
			    (hy ? ADDRESS_HYPHEN_COST : at ? ADDRESS_AT_COST : ADDRESS_COST) :
			    (hy ? ADDRESS_HYPHEN_COST_RAGGED : at ? ADDRESS_AT_COST_RAGGED :
			    ADDRESS_COST_RAGGED), NULL, 0, face);
			v->it[v->n - 1].inside = 1;
			start = i;
			w = 0;
		}
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			k = 1;
		cw = (float)advance(L, face, cp, line) * size / 1000.0f;
		if (w + cw > width && i > start) {
			/* Wider than the line: cut here. */
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, CUT_COST, NULL, 0, face);
			start = i;
			w = 0;
		}
		w += cw;
		i += k;
		/* A break after "-" or "/" only between letters: "Integration-
		 * och", never inside 2019-01-01 or 1/2. */
		if (!address && (cp == '-' || cp == '/' || (cp == 0x2013 && dash_ok)) &&
		    i - start > 2 && i < len &&
		    is_letter(prev) && next_is_letter(s + i, len - i)) {
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, EXPLICIT_COST, NULL, 0, face);
			v->it[v->n - 1].flagged = cp != '/';
			start = i;
			w = 0;
		}
		/* A no-break space (typo.c's "2019-01-01 – 2019-06-30", "1 077
		 * 600 kr") ties its words, unless they are wider than the line
		 * (a narrow column): then a break there before a cut. */
		if (cp == 0xA0 && dash_ok && i < len) {
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, NBSP_COST, NULL, 0, face);
			start = i;
			w = 0;
		}
		prev = cp;
	}
	if (i > start)
		add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
	/* an address's pieces, and the space before it: a line they make
	 * short may be set flush left (linebreak_flush) */
	if (address) {
		for (k = first; k < v->n; k++)
			v->it[k].address = v->it[k].type == LB_BOX;
		if (first > 0 && v->it[first - 1].type == LB_GLUE)
			v->it[first - 1].address = 1;
	}
}

/* Whether a word ends a sentence: ". ! ? :" before any closing quotes
 * and brackets. */
static int
ends_sentence(const char *w, size_t len)
{
	while (len > 0 && strchr(")]\"'", w[len - 1]) != NULL)
		len--;
	/* ” and ’ (E2 80 9D, E2 80 99) */
	while (len >= 3 && (unsigned char)w[len - 3] == 0xE2 && (unsigned char)w[len - 2] == 0x80 &&
	    ((unsigned char)w[len - 1] == 0x9D || (unsigned char)w[len - 1] == 0x99))
		len -= 3;
	return len > 0 && strchr(".!?:", w[len - 1]) != NULL;
}

/* Whether the space between word a and word b is no break chance (as
 * Svenska skrivregler ask): a number keeps the unit or short word after
 * it ("85 %", "8 män", "56 kr", "4 dagar", "1 januari", the groups of
 * "1 092 120"); a count keeps its whole ("2 av 4", "184 av 365 dagar":
 * "av" keeps the number after it when a number comes before it, word
 * holds that one); an abbreviation or sign that points at a number
 * keeps it ("kl. 10", "nr 5", "s. 3", "§ 12", "ca 50"), as do the
 * letters of a diarienummer or a law ("SN 2025/214", "SFS 2001:453");
 * and a spaced
 * dash stays with what comes before it ("2026-01-01 –" / "2026-06-30",
 * "januari –" / "30 juni"), also in text quoted as written with plain
 * spaces; and a form's blank, a run of underscores, stays with its
 * label ("Datum:" / "__________" left the blank alone on a line, review
 * of the Bilaga 1 form).  Only when the words tied so far, a_run wide up to a, fit on
 * one line with b: a run wider than the line ("3 av 14 deltagare" in a
 * table's narrow column) breaks where it stops fitting, never past the
 * margin. */
#define TIE_WORD_MAX	12	/* characters of the word kept with a number */

static int
is_lower(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}

/* Whether a word is a number: digits with their separators ("85",
 * "1,5", "2026-01-01", "2025/26"), after an opening bracket ("(6"). */
static int
is_number(const char *a, size_t alen)
{
	size_t i = 0;

	while (i < alen && (a[i] == '(' || a[i] == '['))
		i++;
	if (i == alen || a[i] < '0' || a[i] > '9' || a[alen - 1] < '0' || a[alen - 1] > '9')
		return 0;
	for (; i < alen; i++)
		if ((a[i] < '0' || a[i] > '9') && strchr(",.-/:", a[i]) == NULL)
			return 0;
	return 1;
}

/* Words that point at the number after them: "kl. 10", "nr 5", "s. 3",
 * "§ 12" (and "§§ 3–5"), "ca 50", "kap. 2", "sid. 4", "p. 2" (a point
 * of a list of them); compared without regard to an initial capital. */
static const char *const before_number[] = {
	"kl.", "nr", "nr.", "s.", "sid.", "kap.", "p.", "ca", "ca.", "\xC2\xA7", "\xC2\xA7\xC2\xA7",
};

static int
points_at_number(const char *a, size_t alen)
{
	size_t k;

	for (k = 0; k < sizeof(before_number) / sizeof(before_number[0]); k++)
		if (strlen(before_number[k]) == alen && (a[0] == before_number[k][0] ||
		    (a[0] >= 'A' && a[0] <= 'Z' && a[0] - 'A' + 'a' == before_number[k][0])) &&
		    memcmp(a + 1, before_number[k] + 1, alen - 1) == 0)
			return 1;
	return 0;
}

/* Whether a is the letters of a diarienummer or a law ("SN", "AMN",
 * "SFS"): two to five capitals, Å, Ä and Ö among them. */
static int
is_register(const char *a, size_t alen)
{
	size_t i, n = 0;

	for (i = 0; i < alen; n++) {
		if (a[i] >= 'A' && a[i] <= 'Z')
			i++;
		else if (i + 1 < alen && (unsigned char)a[i] == 0xC3 &&
		    ((unsigned char)a[i + 1] == 0x85 || (unsigned char)a[i + 1] == 0x84 ||
		    (unsigned char)a[i + 1] == 0x96))
			i += 2;
		else
			return 0;
	}
	return n >= 2 && n <= 5;
}

/* b, a number after its closing punctuation is left off ("10.", "3,"). */
static int
is_number_word(const char *b, size_t blen)
{
	while (blen > 0 && strchr(".,;:!?)]\"'", b[blen - 1]) != NULL)
		blen--;
	return blen > 0 && is_number(b, blen);
}

/* Whether a word is a blank to fill in by hand: a run of at least
 * BLANK_MIN underscores, after an opening bracket or before closing
 * punctuation ("(____)", "______."). */
#define BLANK_MIN	3

static int
is_blank(const char *b, size_t blen)
{
	size_t i = 0, n = 0;

	while (i < blen && strchr("([\"'", b[i]) != NULL)
		i++;
	while (i < blen && b[i] == '_')
		i++, n++;
	while (i < blen && strchr(".,;:!?)]\"'", b[i]) != NULL)
		i++;
	return n >= BLANK_MIN && i == blen;
}

/* The last word read and what a tie needs of it: the word before it
 * ("2 av 4"), its face and line to measure it in, and the width of the
 * words tied before it with the space after them (base); run, the width
 * of the tied words up to it, is measured only when a tie asks for it
 * (not once a word). */
struct tie_word {
	const char *before, *w;
	size_t before_len, len;
	enum face face;
	long line;
	float base, run;
};

static int
tied_space(struct lay *L, struct tie_word *tw, const char *b, size_t blen, enum face face,
    float size, float width, long line)
{
	const char *before = tw->before, *a = tw->w;
	size_t before_len = tw->before_len, alen = tw->len;
	uint32_t first, cp;
	size_t k, chars = 0, i, end = blen;
	int digits_a = 1, tie = 0;

	if (alen == 0 || blen == 0 || utf8_decode(b, blen, &first) == 0)
		return 0;
	if ((first == 0x2013 || first == 0x2014) && utf8_decode(b, blen, &cp) == blen)
		tie = 1;	/* a lone dash */
	else if (is_blank(b, blen))
		tie = 1;	/* "Datum: __________", a form's label and blank */
	else if (is_number_word(b, blen) && (points_at_number(a, alen) ||
	    (alen == 2 && memcmp(a, "av", 2) == 0 && before != NULL &&
	    is_number(before, before_len))))
		tie = 1;	/* "kl. 10", "2 av 4" */
	else if (is_number_word(b, blen) && is_register(a, alen) &&
	    (memchr(b, '/', blen) != NULL || memchr(b, ':', blen) != NULL))
		tie = 1;	/* "SN 2025/214", "SFS 2001:453" */
	else if (is_number(a, alen)) {
		for (i = 0; i < alen; i++)
			digits_a &= a[i] >= '0' && a[i] <= '9';
		while (end > 0 && strchr(".,;:!?)]\"'", b[end - 1]) != NULL)
			end--;
		for (i = 0; i < end; i += k, chars++)
			if ((k = utf8_decode(b + i, end - i, &cp)) == 0)
				k = 1;
		if (first == '%' || first == 0x2030 || is_lower(first))
			tie = chars <= TIE_WORD_MAX;
		/* the next group of three digits: "1 092" */
		else if (digits_a && alen <= 3 && end == 3)
			tie = b[0] >= '0' && b[0] <= '9' && b[1] >= '0' && b[1] <= '9' &&
			    b[2] >= '0' && b[2] <= '9';
	}
	if (!tie)
		return 0;
	tw->run = tw->base + layout_text_measure(L, a, alen, tw->face, size, tw->line);
	return tw->run + layout_text_measure(L, " ", 1, face, size, line) +
	    layout_text_measure(L, b, blen, face, size, line) <= width;
}

/* The next word after the spaces at s in span sp (or the spans after):
 * its start, and its length in *len; NULL when none. */
static const char *
next_word(const struct doc_span *sp, const char *s, size_t *len)
{
	const char *w;

	for (;;) {
		while (*s == ' ' || *s == '\n' || *s == '\t')
			s++;
		/* no word ties across a line break */
		if (strncmp(s, LINE_SEP, 3) == 0)
			return NULL;
		if (*s != '\0')
			break;
		if ((sp = sp->next) == NULL)
			return NULL;
		s = sp->text;
	}
	for (w = s; *s != '\0' && *s != ' ' && *s != '\n' && *s != '\t' &&
	    strncmp(s, LINE_SEP, 3) != 0; s++)
		continue;
	*len = (size_t)(s - w);
	return w;
}

static void
build_items(struct lay *L, struct items *v, const struct doc_text *t, float size,
    float width, const struct setting *set)
{
	const struct doc_span *sp;
	int justify = set->justify;
	int sentence = 1;	/* the next word begins a sentence */
	int depth = 0;		/* brackets open, in a label */
	struct tie_word last = { NULL, NULL, 0, 0, FACE_REGULAR, 0, 0, 0 };
	int tied = 0;		/* the next word is tied to the last */
	int label_of_blank;	/* the word before a form's blank */

	for (sp = t->first; sp != NULL; sp = sp->next) {
		const char *s = sp->text, *w;
		float space = layout_text_measure(L, " ", 1, sp->face, size, sp->line);
		/* A word part of which is in another span (another face) is
		 * not hyphenated: its parts are not whole words. */
		int glued = v->n > 0 && v->it[v->n - 1].type == LB_BOX;

		while (*s != '\0') {
			/* a line break inside the text (U+2028, doc.h): the
			 * line ends here, as a paragraph's last, and the
			 * text runs on below */
			if (strncmp(s, LINE_SEP, 3) == 0) {
				if (v->n > 0 && v->it[v->n - 1].type == LB_GLUE)
					v->n--;
				add_item(v, LB_GLUE, 0, 1e6f, 0, 0, NULL, 0, sp->face);
				add_item(v, LB_PENALTY, 0, 0, 0, LB_FORCE, NULL, 0, sp->face);
				/* readers that follow the text order see
				 * the lines apart */
				v->pc[v->n - 1].before_space = 1;
				sentence = 1;
				tied = 0;
				last.w = NULL;
				s += 3;
				continue;
			}
			if (*s == ' ' || *s == '\n' || *s == '\t') {
				const char *nw;
				size_t nlen = 0;

				/* A number and its unit, a date and its range's
				 * dash: no break chance. */
				if (v->n > 0 && v->it[v->n - 1].type == LB_BOX && last.w != NULL &&
				    (nw = next_word(sp, s, &nlen)) != NULL &&
				    tied_space(L, &last, nw, nlen, sp->face, size, width, sp->line)) {
					add_item(v, LB_PENALTY, 0, 0, 0, LB_NEVER, NULL, 0, sp->face);
					tied = 1;
				}
				/* One glue for a run of spaces, none at the start. */
				if (v->n > 0 && v->it[v->n - 1].type != LB_GLUE &&
				    v->it[v->n - 1].type != LB_PENALTY && set->label && depth > 0) {
					/* the space's break, dearer */
					add_item(v, LB_PENALTY, 0, 0, 0, BRACKET_COST, NULL, 0,
					    sp->face);
					v->pc[v->n - 1].before_space = 1;
				}
				if (v->n > 0 && v->it[v->n - 1].type != LB_GLUE)
					add_item(v, LB_GLUE, space, justify ? space * SPACE_STRETCH : 0,
					    justify ? space * SPACE_SHRINK : 0, 0, " ", 1, sp->face);
				s++;
				continue;
			}
			for (w = s; *s != '\0' && *s != ' ' && *s != '\n' && *s != '\t' &&
			    strncmp(s, LINE_SEP, 3) != 0; s++)
				continue;
			last.before = last.w;
			last.before_len = last.len;
			last.w = w;
			last.len = (size_t)(s - w);
			last.face = sp->face;
			last.line = sp->line;
			last.base = tied ? last.run + space : 0;
			tied = 0;
			/* a form's label is read whole: "Under-" / "skrift:
			 * ______" is no label to fill in after */
			{
				size_t blen = 0;
				const char *nb = next_word(sp, s, &blen);

				label_of_blank = nb != NULL && is_blank(nb, blen);
			}
			add_word(L, v, w, (size_t)(s - w), sp->face, size, width, sp->line, set,
			    set->hyphenate && !label_of_blank && !(glued && w == sp->text) &&
			    !(*s == '\0' && sp->next != NULL && sp->next->text[0] != '\0' &&
			    sp->next->text[0] != ' ' && sp->next->text[0] != '\n' &&
			    sp->next->text[0] != '\t'), sentence);
			sentence = ends_sentence(w, (size_t)(s - w));
			for (; w < s; w++)
				depth += *w == '(' ? 1 : *w == ')' && depth > 0 ? -1 : 0;
		}
	}
	/* Drop a trailing space, then end the paragraph: fill glue and a
	 * forced break. */
	if (v->n > 0 && v->it[v->n - 1].type == LB_GLUE)
		v->n--;
	add_item(v, LB_GLUE, 0, 1e6f, 0, 0, NULL, 0, FACE_REGULAR);
	add_item(v, LB_PENALTY, 0, 0, 0, LB_FORCE, NULL, 0, FACE_REGULAR);
}

/* Whether text of language lang (NULL: the document's Swedish) is
 * hyphenated: Swedish only, when the template wants it, the patterns are
 * there and the fonts have the hyphen it adds. */
static int
hyphenated(struct lay *L, const char *lang)
{
	int f;

	if (!L->t->hyphenate || (lang != NULL && strcmp(lang, "sv") != 0 &&
	    strncmp(lang, "sv-", 3) != 0))
		return 0;
	for (f = 0; f < FACE__COUNT; f++)
		if (L->m->advance(L->m->ctx, (enum face)f, SOFT_HYPHEN) < 0)
			return 0;
	if (hyph_load(L->t->hyphenation) != 0)
		return 0;
	(void)hyph_exceptions(L->t->hyphenation_exceptions);	/* a note when unreadable */
	return 1;
}

static size_t
set_text(struct lay *L, const struct doc_text *t, float size, float width,
    enum doc_align align, int hyphenate, int label, struct tline **out)
{
	struct items v = { NULL, NULL, 0, 0 };
	size_t *breaks, nlines, k, start = 0;
	float *ratios;
	struct tline *lines;
	int justify = align == DALIGN_JUSTIFY;
	struct setting set = { justify, hyphenate, label };

	*out = NULL;
	if (t->first == NULL)
		return 0;
	build_items(L, &v, t, size, width, &set);
	breaks = xcalloc(v.n + 1, sizeof(*breaks));
	ratios = xcalloc(v.n + 1, sizeof(*ratios));
	nlines = linebreak(v.it, v.n, width, !justify, breaks, ratios);
	lines = arena_alloc(L->a, (nlines + 1) * sizeof(*lines));

	for (k = 0; k < nlines; k++) {
		size_t end = breaks[k], i, nf = 0;
		int last = k + 1 == nlines;
		float r = ratios[k], x = 0, natural = 0, shift = 0;
		struct fragment *fr;
		struct buf_s { char *p; size_t n, cap; } text = { NULL, 0, 0 };

		/* A line too loose to justify (before a word cut because it is
		 * wider than the line, say), or one an address makes over
		 * twice loose, is set flush left instead of with gaping
		 * spaces. */
		if (!justify || (last && r > 0) || r > JUSTIFY_MAX ||
		    linebreak_flush(v.it, start, end, r, SPACE_STRETCH))
			r = 0;
		/* Skip glue and penalties at the line start. */
		while (start < end && v.it[start].type != LB_BOX)
			start++;
		fr = arena_alloc(L->a, (end - start + 1) * sizeof(*fr));
		for (i = start; i < end; i++)
			if (v.it[i].type != LB_PENALTY)
				natural += v.it[i].width;
		if (align == DALIGN_RIGHT)
			shift = width - natural;
		else if (align == DALIGN_CENTER)
			shift = (width - natural) / 2;
		x = shift;
		for (i = start; i < end; i++) {
			const struct lb_item *it = &v.it[i];
			const struct piece *pc = &v.pc[i];
			float gw;

			if (it->type == LB_PENALTY || (it->type == LB_GLUE && pc->s == NULL))
				continue;
			if (it->type == LB_BOX) {
				if (nf == 0 || fr[nf - 1].face != pc->face) {
					if (nf > 0) {
						fr[nf - 1].text = arena_strndup(L->a, text.p, text.n);
						text.n = 0;
					}
					fr[nf].face = pc->face;
					fr[nf].x = x;
					fr[nf].width = 0;
					fr[nf].word_space = 0;
					nf++;
				}
				xgrow((void **)&text.p, &text.cap, text.n + pc->len + 2, 1);
				memcpy(text.p + text.n, pc->s, pc->len);
				text.n += pc->len;
				x += it->width;
				continue;
			}
			/* Glue: a space in the fragment before it. */
			gw = it->width + (r > 0 ? r * it->stretch : r * it->shrink);
			if (nf > 0) {
				xgrow((void **)&text.p, &text.cap, text.n + 2, 1);
				text.p[text.n++] = ' ';
				fr[nf - 1].word_space = gw - it->width;
			}
			x += gw;
		}
		/* Keep the breaking space at the line end: readers that follow
		 * the text order then see words apart. */
		if (nf > 0 && end < v.n && ((v.it[end].type == LB_GLUE && v.pc[end].s != NULL) ||
		    v.pc[end].before_space)) {
			xgrow((void **)&text.p, &text.cap, text.n + 2, 1);
			text.p[text.n++] = ' ';
		}
		/* A word broken at a hyphenation point: its added hyphen,
		 * in the face of the word's first half. */
		lines[k].hyphen = nf > 0 && end < v.n && v.pc[end].hyphen;
		if (lines[k].hyphen) {
			xgrow((void **)&text.p, &text.cap, text.n + 3, 1);
			text.n += utf8_encode(SOFT_HYPHEN, text.p + text.n);
		}
		if (nf > 0)
			fr[nf - 1].text = arena_strndup(L->a, text.p != NULL ? text.p : "", text.n);
		free(text.p);
		lines[k].frag = fr;
		lines[k].n = nf;
		start = end + 1;
	}
	free(breaks);
	free(ratios);
	free(v.it);
	free(v.pc);
	*out = lines;
	return nlines;
}

/* The widest word of a text (between plain spaces): the narrowest a
 * balanced field or title may be set without cutting a word. */
float
layout_text_widest_word(struct lay *L, const struct doc_text *txt, float size)
{
	const struct doc_span *sp;
	float widest = 0;

	for (sp = txt->first; sp != NULL; sp = sp->next) {
		const char *s = sp->text, *e;

		while (s != NULL && *s != '\0') {
			float ww;

			while (*s == ' ')
				s++;
			for (e = s; *e != '\0' && *e != ' '; e++)
				continue;
			ww = layout_text_measure(L, s, (size_t)(e - s), sp->face, size, sp->line);
			if (ww > widest)
				widest = ww;
			s = e;
		}
	}
	return widest;
}

/* Text set in n lines (two or more) at width w, set again at the
 * narrowest width that keeps n lines, never narrower than its widest
 * word (which would be cut): balanced lines, no word alone on the last
 * ("För Internationella / Kvinnoföreningen i Linköping", "Överens-
 * kommelse om / idéburet offentligt partnerskap"). */
size_t
layout_text_balance(struct lay *L, const struct doc_text *t, float size, float w,
    enum doc_align align, size_t n, struct tline **out)
{
	float lo = w / 2, hi = w, mid, widest = layout_text_widest_word(L, t, size);
	struct tline *l2;
	int k;

	if (widest > lo)
		lo = widest;
	for (k = 0; k < 12 && hi - lo > 1; k++) {
		mid = (lo + hi) / 2;
		if (layout_text_set(L, t, size, mid, align, &l2) == n)
			hi = mid;
		else
			lo = mid;
	}
	return layout_text_set(L, t, size, hi, align, out);
}

size_t
layout_text_set(struct lay *L, const struct doc_text *t, float size, float width,
    enum doc_align align, struct tline **out)
{
	return set_text(L, t, size, width, align, 0, 0, out);
}

size_t
layout_text_set_label(struct lay *L, const struct doc_text *t, float size, float width,
    enum doc_align align, struct tline **out)
{
	return set_text(L, t, size, width, align, 0, 1, out);
}

size_t
layout_text_set_hyph(struct lay *L, const struct doc_text *t, float size, float width,
    enum doc_align align, const char *lang, struct tline **out)
{
	return set_text(L, t, size, width, align, hyphenated(L, lang), 0, out);
}

void
layout_text_copy(struct lay *L, const struct doc_text *from, struct doc_text *to)
{
	const struct doc_span *sp;
	struct doc_span *cp;

	for (sp = from->first; sp != NULL; sp = sp->next) {
		cp = arena_alloc(L->a, sizeof(*cp));
		*cp = *sp;
		cp->next = NULL;
		if (to->last != NULL)
			to->last->next = cp;
		else
			to->first = cp;
		to->last = cp;
	}
}
