/* The pattern reader (src/hyph_load.c) against libhyphen's own loader:
 * the same automaton (every state's prefix, match, replacement,
 * fallback and transitions), the same options and the same second
 * level, for crafted pattern files and for Debian's hyph_sv_SE.dic.
 * Included by unit.c. */
#include <hyphen.h>

#include "fsutil.h"
#include "hyph_load.h"

/* The prefix of every state of d, found by walking its transitions from
 * state 0 (keys[s]; NULL for a state no transition reaches). */
static char **
hyph_keys(const HyphenDict *d)
{
	char **keys = xcalloc((size_t)d->num_states, sizeof(*keys));
	int *queue = xmalloc((size_t)d->num_states * sizeof(*queue)), head = 0, tail = 0, t;

	keys[0] = xstrdup("");
	queue[tail++] = 0;
	while (head < tail) {
		int s = queue[head++];
		size_t n = strlen(keys[s]);

		for (t = 0; t < d->states[s].num_trans; t++) {
			int to = d->states[s].trans[t].new_state;

			if (to < 0 || to >= d->num_states || keys[to] != NULL)
				continue;
			keys[to] = xmalloc(n + 2);
			memcpy(keys[to], keys[s], n);
			keys[to][n] = d->states[s].trans[t].ch;
			keys[to][n + 1] = '\0';
			queue[tail++] = to;
		}
	}
	free(queue);
	return keys;
}

static const char *
hyph_str(const char *s)
{
	return s != NULL ? s : "(null)";
}

/* 0 when a and b are the same automaton and options, level by level;
 * else the number of differences, each printed. */
static int
hyph_dict_diff(const HyphenDict *a, const HyphenDict *b, int level)
{
	char **ka, **kb;
	int diff = 0, s, t, i;

	if (a == NULL || b == NULL)
		return a != b;
	if (a->num_states != b->num_states || a->lhmin != b->lhmin || a->rhmin != b->rhmin ||
	    a->clhmin != b->clhmin || a->crhmin != b->crhmin || a->utf8 != b->utf8 ||
	    strcmp(a->cset, b->cset) != 0 || a->nohyphenl != b->nohyphenl ||
	    (a->nohyphen == NULL) != (b->nohyphen == NULL)) {
		fprintf(stderr, "level %d: states %d/%d, min %d %d %d %d/%d %d %d %d, cset %s/%s, "
		    "nohyphen %d/%d\n", level, a->num_states, b->num_states, a->lhmin, a->rhmin,
		    a->clhmin, a->crhmin, b->lhmin, b->rhmin, b->clhmin, b->crhmin, a->cset, b->cset,
		    a->nohyphenl, b->nohyphenl);
		return 1;
	}
	if (a->nohyphen != NULL) {
		const char *pa = a->nohyphen, *pb = b->nohyphen;

		for (i = 0; i <= a->nohyphenl; i++, pa += strlen(pa) + 1, pb += strlen(pb) + 1)
			if (strcmp(pa, pb) != 0) {
				fprintf(stderr, "level %d: NOHYPHEN %s/%s\n", level, pa, pb);
				diff++;
			}
	}
	ka = hyph_keys(a);
	kb = hyph_keys(b);
	/* the same numbering: both read the lines in the same order */
	for (s = 0; s < a->num_states && diff < 10; s++) {
		const HyphenState *x = &a->states[s], *y = &b->states[s];
		int same = strcmp(hyph_str(ka[s]), hyph_str(kb[s])) == 0 &&
		    strcmp(hyph_str(x->match), hyph_str(y->match)) == 0 &&
		    strcmp(hyph_str(x->repl), hyph_str(y->repl)) == 0 &&
		    x->fallback_state == y->fallback_state && x->num_trans == y->num_trans;

		if (same && x->repl != NULL)
			same = x->replindex == y->replindex && x->replcut == y->replcut;
		if (same && x->match != NULL)
			same = x->replcut == y->replcut;
		for (t = 0; same && t < x->num_trans; t++)
			same = x->trans[t].ch == y->trans[t].ch &&
			    x->trans[t].new_state == y->trans[t].new_state;
		if (!same) {
			fprintf(stderr, "level %d state %d: \"%s\"/\"%s\" match %s/%s fallback %d/%d "
			    "trans %d/%d\n", level, s, hyph_str(ka[s]), hyph_str(kb[s]),
			    hyph_str(x->match), hyph_str(y->match), x->fallback_state,
			    y->fallback_state, x->num_trans, y->num_trans);
			diff++;
		}
	}
	for (s = 0; s < a->num_states; s++) {
		free(ka[s]);
		free(kb[s]);
	}
	free(ka);
	free(kb);
	if (diff == 0 && level == 0)
		diff = hyph_dict_diff(a->nextlevel, b->nextlevel, 1);
	return diff;
}

/* Pattern text read both ways: the number of differences. */
static int
hyph_load_compare(const char *text, size_t len)
{
	FILE *f = fmemopen((void *)(uintptr_t)text, len, "r");
	HyphenDict *theirs;
	struct hyph_patterns *ours;
	int diff;

	if (f == NULL)
		return -1;
	theirs = hnj_hyphen_load_file(f);
	fclose(f);
	ours = hyph_patterns_read(text, len);
	diff = hyph_dict_diff(theirs, hyph_patterns_dict(ours), 0);
	hyph_patterns_free(ours);
	if (theirs != NULL)
		hnj_hyphen_free(theirs);
	return diff;
}

static void
test_hyph_load(void)
{
	/* keywords, a comment, an empty line, CRLF, a replacement pattern
	 * (Hungarian style), a line longer than
	 * libhyphen's 100-byte buffer, and a second level */
	static const char one[] =
	    "ISO8859-1\n"
	    "LEFTHYPHENMIN 2\nRIGHTHYPHENMIN 3\n"
	    "COMPOUNDLEFTHYPHENMIN 4\nCOMPOUNDRIGHTHYPHENMIN 5\n"
	    "% a comment\n"
	    "\n"
	    ".a2b\r\n"
	    "ab1c\n"
	    "1ba\n"
	    "c1d/c=d,1,2\n"
	    "ssz1/sz=sz,2,3\n"
	    "f1f/ff=f\n"
	    "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1klmno\n"
	    "NOHYPHEN a,bc,d\n"
	    "x1y\n";
	static const char two[] =
	    "UTF-8\n"
	    "LEFTHYPHENMIN 1\n"
	    "1-1\n"
	    "NEXTLEVEL\n"
	    ".\xc3\xa5" "1b\n"
	    "\xc3\xb6" "1\xc3\xa4/\xc3\xb6=\xc3\xa4,1,2\n"
	    "2x1\n";
	static const char *const sv[] = {
		"/usr/share/hyphen/hyph_sv_SE.dic",
		"/usr/share/myspell/dicts/hyph_sv_SE.dic",
	};
	unsigned char *data;
	size_t len, k;

	INT_EQ(hyph_load_compare(one, sizeof(one) - 1), 0);
	INT_EQ(hyph_load_compare(two, sizeof(two) - 1), 0);
	INT_EQ(hyph_load_compare("", 0), 0);
	INT_EQ(hyph_load_compare("ISO8859-1", 9), 0);
	/* the first line longer than libhyphen's 20-byte character set */
	INT_EQ(hyph_load_compare("ISO8859-1-and-then-some\n1ab\n", 28), 0);
	for (k = 0; k < sizeof(sv) / sizeof(sv[0]); k++)
		if (read_file_limited(sv[k], 16 * 1024 * 1024, &data, &len) == 0) {
			INT_EQ(hyph_load_compare((const char *)data, len), 0);
			free(data);
			break;
		}
}
