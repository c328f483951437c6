/* Swedish hyphenation through libhyphen (the library LibreOffice uses)
 * and the patterns of Debian's hyphen-sv.  The pattern file is in its
 * own 8-bit character set (ISO-8859-1 for Swedish, named on its first
 * line): each letter is converted with iconv, so a letter the set lacks
 * leaves its word unhyphenated, and a break found in the converted word
 * is mapped back to a byte of the UTF-8 word. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hyphen.h>

#include "diag.h"
#include "fsutil.h"
#include "hyph.h"
#include "hyph_load.h"
#include "mem.h"
#include "utf8.h"

/* Where Debian's hyphen-sv puts the patterns (older releases: myspell). */
static const char *const default_paths[] = {
	"/usr/share/hyphen/hyph_sv_SE.dic",
	"/usr/share/myspell/dicts/hyph_sv_SE.dic",
	"/usr/local/share/hyphen/hyph_sv_SE.dic",
};
/* Letters a compound's part has at least on either side of its joint. */
#define HYPH_JOINT_MIN	4
/* hyphen-sv's patterns mark a break with an odd digit, the higher the
 * later a pattern overrode an even one; a 3 stands at a compound's joint
 * more often than not ("organisations-nummer", "migrations-frågor",
 * "grund-skolenämnden", "kommunlednings-kontoret"), a 5 as often inside
 * a part as at a joint ("samordningsför-bundet", "inrikt-ningsdokument")
 * and a 1 at a syllable: a 3 is taken for a joint, the typographer's
 * "compounds at their joints first". */
#define HYPH_JOINT_LEVEL	3
#define NDEFAULT	(sizeof(default_paths) / sizeof(default_paths[0]))
/* A pattern file larger than this is none (Swedish: 103 KB). */
#define HYPH_FILE_MAX	(16 * 1024 * 1024)

static struct hyph_patterns *patterns;
static HyphenDict	*dict;		/* the patterns' */
static iconv_t		 to_dict = (iconv_t)-1;
static char		*loaded_for;	/* the path asked for; "" : the defaults */
static int		 tried, registered;
/* Each letter's bytes in the patterns' character set, converted once
 * (iconv per letter was a tenth of hyphenating): n 0 not yet, -1 none. */
#define CONV_LETTERS	0x180	/* is_letter's letters end at U+017F */
static struct {
	signed char	 n;
	char		 b[4];
} conv_of[CONV_LETTERS];

static void	exc_free(int);
static void	exc_load_builtin(void);

void
hyph_unload(void)
{
	hyph_patterns_free(patterns);
	patterns = NULL;
	dict = NULL;
	if (to_dict != (iconv_t)-1)
		iconv_close(to_dict);
	to_dict = (iconv_t)-1;
	memset(conv_of, 0, sizeof(conv_of));
	free(loaded_for);
	loaded_for = NULL;
	tried = 0;
	exc_free(1);
}

/* Loads one pattern file; NULL and the reason when it cannot be used.
 * Read by hyph_load.c into libhyphen's structures, as libhyphen's own
 * loader would, in a fraction of its time (tests/bench/RESULTS.md). */
static struct hyph_patterns *
load_file(const char *path, const char **why)
{
	struct hyph_patterns *p;
	unsigned char *text;
	size_t len;
	int err;

	/* Only a regular file: a FIFO would block the run. */
	if ((err = read_file_limited(path, HYPH_FILE_MAX, &text, &len)) != 0) {
		*why = err == EFBIG ? "larger than 16 MB" : read_error_text(err);
		return NULL;
	}
	p = hyph_patterns_read((const char *)text, len);
	free(text);
	if (hyph_patterns_dict(p)->num_states < 2) {
		hyph_patterns_free(p);
		*why = "not a hyphenation pattern file";
		return NULL;
	}
	return p;
}

int
hyph_load(const char *path)
{
	const char *want = path != NULL && path[0] != '\0' ? path : "";
	const char *why = NULL, *tried_path = want;
	char note[600];
	size_t k;

	if (tried && strcmp(loaded_for, want) == 0)
		return dict != NULL ? 0 : -1;
	hyph_unload();
	tried = 1;
	loaded_for = xstrdup(want);
	if (!registered) {
		atexit(hyph_unload);
		registered = 1;
	}
	if (want[0] != '\0')
		patterns = load_file(want, &why);
	else
		for (k = 0; k < NDEFAULT && patterns == NULL; k++) {
			tried_path = default_paths[k];
			if (access(tried_path, F_OK) == 0)
				patterns = load_file(tried_path, &why);
		}
	if (patterns != NULL) {
		dict = hyph_patterns_dict(patterns);
		to_dict = iconv_open(dict->utf8 ? "UTF-8" : dict->cset, "UTF-8");
		if (to_dict == (iconv_t)-1) {
			hyph_patterns_free(patterns);
			patterns = NULL;
			dict = NULL;
			why = "not a hyphenation pattern file (its first line names no character set iconv knows)";
		}
	}
	if (dict != NULL) {
		exc_load_builtin();
		return 0;
	}
	if (why != NULL)
		snprintf(note, sizeof(note), "%s: %s", tried_path, why);
	else
		snprintf(note, sizeof(note), "none of %s, %s, %s", default_paths[0],
		    default_paths[1], default_paths[2]);
	diag(NULL, 0, MSG_HYPH_PATTERNS, note);
	return -1;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7);
}

/* A consonant other than "s", in lower case: "tt" of "idrotts", "d"
 * of "arbetsmarknads"; "ss" ends a word ("buss-", "kass-") more often
 * than it joins one. */
static int
is_consonant(uint32_t cp)
{
	return cp >= 'a' && cp <= 'z' && cp != 's' && strchr("aeiouy", (int)cp) == NULL;
}

static int
is_part_sep(uint32_t cp)
{
	return cp == '-' || cp == '/' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013;
}

/* Words never hyphenated: with a digit (amounts, dates, numbers), an
 * e-mail address, a URL or domain name, an abbreviation with inner
 * periods ("t.ex."). */
static int
refused(const char *w, size_t len)
{
	size_t i = 0, k;
	uint32_t cp, prev = 0;

	while (i < len) {
		if ((k = utf8_decode(w + i, len - i, &cp)) == 0)
			return 1;
		if ((cp >= '0' && cp <= '9') || cp == '@' || cp == '_' || cp == '\\' ||
		    (prev == ':' && cp == '/') || ((prev == '.' || prev == ':') && is_letter(cp)))
			return 1;
		prev = cp;
		i += k;
	}
	return 0;
}

/* Appends letter cp (lower case) in the patterns' character set to
 * conv[*clen]; 0 when the set lacks it or there is no room. */
static int
conv_letter(uint32_t cp, char *conv, size_t room, size_t *clen)
{
	char one[4], *in = one, *out;
	size_t inleft, outleft;

	if (cp < CONV_LETTERS && conv_of[cp].n != 0) {
		if (conv_of[cp].n < 0 || (size_t)conv_of[cp].n > room - *clen)
			return 0;
		memcpy(conv + *clen, conv_of[cp].b, (size_t)conv_of[cp].n);
		*clen += (size_t)conv_of[cp].n;
		return 1;
	}
	inleft = utf8_encode(cp, one);
	out = conv + *clen;
	outleft = room - *clen;
	if (iconv(to_dict, &in, &inleft, &out, &outleft) == (size_t)-1 || inleft != 0) {
		iconv(to_dict, NULL, NULL, NULL, NULL);
		/* no room is no answer about the set */
		if (cp < CONV_LETTERS && errno != E2BIG)
			conv_of[cp].n = -1;
		return 0;	/* not in the patterns' character set */
	}
	if (cp < CONV_LETTERS && out - (conv + *clen) <= 4) {
		conv_of[cp].n = (signed char)(out - (conv + *clen));
		memcpy(conv_of[cp].b, conv + *clen, (size_t)conv_of[cp].n);
	}
	*clen = (size_t)(out - conv);
	return 1;
}

/* The exception list (templates/hyphenation-sv.txt, compiled in, and a
 * template's own file): a word's letters in lower case and where it may
 * break, or a compound head.  A word that begins with a head and goes on
 * for HEAD_REST letters or more breaks at the head's end and not inside
 * it; a shorter tail is an inflection ("sociala", "musiken"), left to
 * the patterns. */
#define HEAD_REST	4
/* The largest exception file read (a word list of some 100 000 words). */
#define EXC_FILE_MAX	(4u << 20)
struct exception {
	uint32_t	*letters;
	size_t		 n;
	unsigned char	*cut;	/* cut[i]: a break before letter i */
	int		 head;
};
static struct exception	*excs;
static size_t		 nexc, exc_cap;
static char		*exc_loaded_for;	/* the template's file, "" none */
static int		 exc_builtin;

extern const unsigned char	hyphenation_sv[];
extern const size_t		hyphenation_sv_len;

static void
exc_free(int all)
{
	size_t k, keep = 0;

	for (k = 0; k < nexc; k++)
		if (!all && k < (size_t)exc_builtin) {
			keep++;
		} else {
			free(excs[k].letters);
			free(excs[k].cut);
		}
	nexc = keep;
	if (all) {
		free(excs);
		excs = NULL;
		exc_cap = 0;
		exc_builtin = 0;
		free(exc_loaded_for);
		exc_loaded_for = NULL;
	}
}

/* Adds the words of an exception list's text; returns the number of
 * tokens refused (a letter that is no letter, a word too long). */
static size_t
exc_parse(const char *text, size_t len)
{
	size_t i = 0, bad = 0;

	while (i < len) {
		uint32_t letters[HYPH_WORD_MAX], cp;
		unsigned char cut[HYPH_WORD_MAX + 1];
		size_t n = 0, k;
		int ok = 1, trailing = 0;

		if (text[i] == '#') {
			while (i < len && text[i] != '\n')
				i++;
			continue;
		}
		if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' ||
		    text[i] == '\0') {
			i++;
			continue;
		}
		memset(cut, 0, sizeof(cut));
		while (i < len && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' &&
		    text[i] != '\r' && text[i] != '\0') {
			if ((k = utf8_decode(text + i, len - i, &cp)) == 0) {
				ok = 0;
				k = 1;
			} else if (cp == '-') {
				trailing = 1;
				if (n == 0 || n > HYPH_WORD_MAX)
					ok = 0;
				else
					cut[n] = 1;
			} else if (!is_letter(cp) || n == HYPH_WORD_MAX) {
				ok = 0;
			} else {
				letters[n++] = utf8_lower(cp);
				trailing = 0;
			}
			i += k;
		}
		if (!ok || n == 0) {
			bad++;
			continue;
		}
		xgrow((void **)&excs, &exc_cap, nexc + 1, sizeof(*excs));
		excs[nexc].letters = xmalloc(n * sizeof(uint32_t));
		memcpy(excs[nexc].letters, letters, n * sizeof(uint32_t));
		excs[nexc].cut = xmalloc(n + 1);
		memcpy(excs[nexc].cut, cut, n + 1);
		excs[nexc].n = n;
		excs[nexc].head = trailing;
		nexc++;
	}
	return bad;
}

/* The list iopdoc ships, once. */
static void
exc_load_builtin(void)
{
	if (exc_builtin || nexc > 0)
		return;
	exc_parse((const char *)hyphenation_sv, hyphenation_sv_len);
	exc_builtin = (int)nexc;
	if (!registered) {
		atexit(hyph_unload);
		registered = 1;
	}
}

int
hyph_exceptions(const char *path)
{
	const char *want = path != NULL ? path : "";
	unsigned char *text = NULL;
	char note[600];
	size_t len = 0;
	int err;

	exc_load_builtin();
	if (exc_loaded_for != NULL && strcmp(exc_loaded_for, want) == 0)
		return 0;
	exc_free(0);
	free(exc_loaded_for);
	exc_loaded_for = xstrdup(want);
	if (want[0] == '\0')
		return 0;
	if ((err = read_file_limited(want, EXC_FILE_MAX, &text, &len)) != 0) {
		snprintf(note, sizeof(note), "%s: %s", want, read_error_text(err));
		diag(NULL, 0, MSG_HYPH_EXCEPTIONS, note);
		return -1;
	}
	if (exc_parse((const char *)text, len) > 0) {
		snprintf(note, sizeof(note), "%s: a word with a character that is no letter or hyphen, or longer than %d letters", want, HYPH_WORD_MAX);
		diag(NULL, 0, MSG_HYPH_EXCEPTIONS, note);
	}
	free(text);
	return 0;
}

/* The points of lc[0..n) by the exception list, when the word is in it
 * or begins with a head of it; np when not. */
static size_t
exc_points(const uint32_t *lc, const size_t *at, size_t n, struct hyph_point *pts, size_t np,
    size_t max)
{
	size_t e, k, j, kept = 0;

	/* the template's words (added last) before the shipped ones */
	for (e = nexc; e-- > 0;) {
		const struct exception *x = &excs[e];

		if (x->head || x->n != n || memcmp(x->letters, lc, n * sizeof(*lc)) != 0)
			continue;
		for (k = HYPH_LEFT_MIN; k + HYPH_RIGHT_MIN <= n && kept < max; k++)
			if (x->cut[k]) {
				pts[kept].at = at[k];
				pts[kept].left = (int)k;
				pts[kept].right = (int)(n - k);
				pts[kept].joint = 0;
				pts[kept].level = 0;
				kept++;
			}
		return kept;
	}
	/* a word that begins with one of the list ("integrations-området",
	 * "nyanländas"): its breaks there, the patterns' after it */
	for (e = nexc; e-- > 0;) {
		const struct exception *x = &excs[e];
		struct hyph_point mine[HYPH_WORD_MAX];
		size_t m = 0;

		if (x->head || x->n >= n || memcmp(x->letters, lc, x->n * sizeof(*lc)) != 0)
			continue;
		for (k = HYPH_LEFT_MIN; k < x->n && k + HYPH_RIGHT_MIN <= n; k++)
			if (x->cut[k]) {
				mine[m].at = at[k];
				mine[m].left = (int)k;
				mine[m].right = (int)(n - k);
				mine[m].joint = 0;
				mine[m].level = 0;
				m++;
			}
		for (k = 0; k < np && m < HYPH_WORD_MAX; k++)
			if (pts[k].left >= (int)x->n)
				mine[m++] = pts[k];
		m = m < max ? m : max;
		memcpy(pts, mine, m * sizeof(*pts));
		return m;
	}
	for (e = nexc; e-- > 0;) {
		const struct exception *x = &excs[e];
		size_t hl = x->n;

		if (!x->head || n < hl + HEAD_REST || memcmp(x->letters, lc, hl * sizeof(*lc)) != 0)
			continue;
		for (k = 0; k < np; k++)
			if (pts[k].left > (int)hl)
				pts[kept++] = pts[k];
		if (kept + 1 > max)
			return kept;
		for (j = kept; j > 0; j--)
			pts[j] = pts[j - 1];
		pts[0].at = at[hl];
		pts[0].left = (int)hl;
		pts[0].right = (int)(n - hl);
		pts[0].joint = 1;
		pts[0].level = 0;
		return kept + 1;
	}
	return np;
}

/* The points of one part w[from, to) of a word, offsets into w. */
static size_t
part_points(const char *w, size_t from, size_t to, int capital_ok, struct hyph_point *pts,
    size_t max)
{
	char conv[HYPH_WORD_MAX * 4 + 8], hy[HYPH_WORD_MAX * 4 + 13];
	size_t at[HYPH_WORD_MAX + 1], end[HYPH_WORD_MAX];	/* per letter */
	uint32_t lc[HYPH_WORD_MAX];	/* the letters in lower case */
	size_t n = 0, clen = 0, i, k, np = 0;
	uint32_t cp;
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;

	/* Punctuation around the letters: "(samverkan)," */
	while (from < to && (k = utf8_decode(w + from, to - from, &cp)) > 0 && !is_letter(cp))
		from += k;
	while (to > from) {
		for (i = to - 1; i > from && ((unsigned char)w[i] & 0xC0) == 0x80; i--)
			continue;
		if (utf8_decode(w + i, to - i, &cp) > 0 && is_letter(cp))
			break;
		to = i;
	}
	for (i = from; i < to; i += k) {
		if ((k = utf8_decode(w + i, to - i, &cp)) == 0 || !is_letter(cp) || n == HYPH_WORD_MAX)
			return 0;
		/* Capitalised is a sentence's first word or a name; any
		 * other capital makes a name or an abbreviation: "IOP",
		 * "McKinsey". */
		if ((n > 0 || !capital_ok) && utf8_lower(cp) != cp)
			return 0;
		if (!conv_letter(utf8_lower(cp), conv, sizeof(conv) - 8, &clen))
			return 0;
		at[n] = i;
		lc[n] = utf8_lower(cp);
		end[n++] = clen;
	}
	if (n < HYPH_LEFT_MIN + HYPH_RIGHT_MIN)
		return 0;
	at[n] = to;
	conv[clen] = '\0';	/* libhyphen looks into the word with strstr */
	memset(hy, '0', sizeof(hy));
	if (hnj_hyphen_hyphenate3(dict, conv, (int)clen, hy, NULL, &rep, &pos, &cut,
	    HYPH_LEFT_MIN, HYPH_RIGHT_MIN, HYPH_LEFT_MIN, HYPH_RIGHT_MIN) != 0)
		np = 0;
	else
		for (i = HYPH_LEFT_MIN - 1; i + HYPH_RIGHT_MIN < n && np < max; i++) {
			/* Replacing patterns (non-standard hyphenation, none in
			 * Swedish) would change letters: no break there. */
			if ((hy[end[i] - 1] & 1) == 0 || (rep != NULL && rep[end[i] - 1] != NULL))
				continue;
			pts[np].at = at[i + 1];
			pts[np].left = (int)(i + 1);
			pts[np].right = (int)(n - i - 1);
			pts[np].level = hy[end[i] - 1] - '0';
			pts[np].joint = (lc[i] == 's' && i >= 1 && is_consonant(lc[i - 1])) ||
			    pts[np].level == HYPH_JOINT_LEVEL;
			pts[np].joint = pts[np].joint &&
			    pts[np].left >= HYPH_JOINT_MIN && pts[np].right >= HYPH_JOINT_MIN;
			np++;
		}
	np = exc_points(lc, at, n, pts, np, max);
	if (rep != NULL) {
		for (i = 0; i < clen; i++)
			free(rep[i]);
		free(rep);
	}
	free(pos);
	free(cut);
	return np;
}

size_t
hyph_word(const char *w, size_t len, int capital_ok, struct hyph_point *pts, size_t max)
{
	size_t i = 0, start = 0, k, np = 0;
	uint32_t cp;

	if (dict == NULL || max == 0 || refused(w, len))
		return 0;
	while (i <= len) {
		k = 1;
		if (i == len || ((k = utf8_decode(w + i, len - i, &cp)) > 0 && is_part_sep(cp))) {
			if (i > start)
				np += part_points(w, start, i, capital_ok && start == 0, pts + np,
				    max - np);
			start = i + k;
		}
		if (k == 0)
			k = 1;
		i += k;
	}
	return np;
}
