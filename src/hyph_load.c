/* Reading a libhyphen pattern file into libhyphen's own structures
 * (hyphen.h's HyphenDict, HyphenState, HyphenTrans), the same states,
 * matches, transitions and fallbacks hnj_hyphen_load_file() builds, so
 * that hnj_hyphen_hyphenate3() finds the same points: only faster.
 * libhyphen's loader allocates every state's match, key and transition
 * list apart, looks every prefix up in a chained table, and frees it all
 * piece by piece at exit: for Debian's hyph_sv_SE.dic (15 000 patterns)
 * some 40 million instructions and 700 page faults, a third of what
 * rendering an agreement costs (tests/bench/RESULTS.md).  Here the file
 * is read at once, strings and transitions go into a few large blocks,
 * and the prefixes into an open-addressed table.  The line reading,
 * the keywords (LEFTHYPHENMIN ..., NOHYPHEN, NEXTLEVEL), the replacement
 * patterns and the default first level follow libhyphen 2.8.8's
 * hnj_hyphen_load_file() and hnj_hyphen_load_line() step by step. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>

#include "hyph_load.h"
#include "mem.h"

/* libhyphen reads a line with fgets into a buffer of MAX_CHARS. */
#define LINE_MAX_CHARS	MAX_CHARS
#define POOL_BLOCK	(64 * 1024)

struct hyph_patterns {
	struct arena	*arena;
	HyphenDict	*top;
	HyphenState	*states[2];	/* grown with xrealloc, freed apart */
};

/* One level being read. */
struct level {
	struct hyph_patterns *owner;
	HyphenDict	*dict;
	size_t		 cap;		/* of dict->states */
	const char	**key;		/* per state: its prefix */
	size_t		*keylen;
	size_t		 keycap;
	int		*table;		/* open addressing: state or -1 */
	size_t		 tsize;		/* a power of two */
	struct edge {
		int	 from, to;
		char	 ch;
	}		*edges;
	size_t		 nedges, edgecap;
	char		*pool;		/* strings: the rest of a block */
	size_t		 poolleft;
};

static char *
pool_strndup(struct level *L, const char *s, size_t n)
{
	char *p;

	if (n + 1 > L->poolleft) {
		size_t size = n + 1 > POOL_BLOCK ? n + 1 : POOL_BLOCK;

		L->pool = mem_arena_alloc(L->owner->arena, size, __func__);
		L->poolleft = size;
	}
	p = L->pool;
	memcpy(p, s, n);
	p[n] = '\0';
	L->pool += n + 1;
	L->poolleft -= n + 1;
	return p;
}

static uint32_t
key_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot of key s[0, n): its state's, or the empty slot for it. */
static size_t
slot(const struct level *L, const char *s, size_t n)
{
	size_t i = key_hash(s, n) & (L->tsize - 1);
	int st;

	while ((st = L->table[i]) >= 0) {
		if (L->keylen[st] == n && memcmp(L->key[st], s, n) == 0)
			return i;
		i = (i + 1) & (L->tsize - 1);
	}
	return i;
}

static int
lookup(const struct level *L, const char *s, size_t n)
{
	return L->table[slot(L, s, n)];
}

static void
grow_table(struct level *L)
{
	size_t i;
	int st;

	free(L->table);
	L->tsize = L->tsize == 0 ? 4096 : L->tsize * 2;
	L->table = xmalloc(L->tsize * sizeof(*L->table));
	for (i = 0; i < L->tsize; i++)
		L->table[i] = -1;
	for (st = 0; st < L->dict->num_states; st++)
		L->table[slot(L, L->key[st], L->keylen[st])] = st;
}

/* hnj_get_state: the state of key s[0, n), a new one when there is none
 * (*found: whether there was one). */
static int
get_state(struct level *L, const char *s, size_t n, int *found)
{
	HyphenDict *d = L->dict;
	HyphenState *hs;
	size_t i;
	int st;

	*found = (st = L->table[i = slot(L, s, n)]) >= 0;
	if (*found)
		return st;
	st = d->num_states;
	if ((size_t)st == L->cap) {
		L->cap *= 2;
		d->states = xrealloc(d->states, L->cap * sizeof(*d->states));
	}
	if ((size_t)st == L->keycap) {
		L->keycap *= 2;
		L->key = xrealloc(L->key, L->keycap * sizeof(*L->key));
		L->keylen = xrealloc(L->keylen, L->keycap * sizeof(*L->keylen));
	}
	L->key[st] = pool_strndup(L, s, n);
	L->keylen[st] = n;
	hs = &d->states[st];
	hs->match = NULL;
	hs->repl = NULL;
	hs->replindex = 0;
	hs->replcut = 0;
	hs->fallback_state = -1;
	hs->num_trans = 0;
	hs->trans = NULL;
	d->num_states++;
	if ((size_t)d->num_states * 4 > L->tsize * 3)
		grow_table(L);
	else
		L->table[i] = st;
	return st;
}

static void
add_trans(struct level *L, int from, int to, char ch)
{
	xgrow((void **)&L->edges, &L->edgecap, L->nedges + 1, sizeof(*L->edges));
	L->edges[L->nedges].from = from;
	L->edges[L->nedges].to = to;
	L->edges[L->nedges].ch = ch;
	L->nedges++;
}

/* hnj_strchomp */
static void
chomp(char *s)
{
	size_t k = strlen(s);

	if (k > 0 && (s[k - 1] == '\r' || s[k - 1] == '\n'))
		s[k - 1] = '\0';
	if (k > 1 && s[k - 2] == '\r')
		s[k - 2] = '\0';
}

/* hnj_hyphen_load_line, on a copy of the line it may change. */
static void
load_line(struct level *L, char *buf)
{
	HyphenDict *d = L->dict;
	char word[LINE_MAX_CHARS + 2], pattern[LINE_MAX_CHARS + 2], *repl;
	signed char replindex = 0, replcut = 0;
	int i, j, st, last, found;

	if (buf[0] != 'L' && buf[0] != 'R' && buf[0] != 'C' && buf[0] != 'N')
		;	/* a pattern: no keyword */
	else if (strncmp(buf, "LEFTHYPHENMIN", 13) == 0) {
		d->lhmin = (char)atoi(buf + 13);
		return;
	} else if (strncmp(buf, "RIGHTHYPHENMIN", 14) == 0) {
		d->rhmin = (char)atoi(buf + 14);
		return;
	} else if (strncmp(buf, "COMPOUNDLEFTHYPHENMIN", 21) == 0) {
		d->clhmin = (char)atoi(buf + 21);
		return;
	} else if (strncmp(buf, "COMPOUNDRIGHTHYPHENMIN", 22) == 0) {
		d->crhmin = (char)atoi(buf + 22);
		return;
	} else if (strncmp(buf, "NOHYPHEN", 8) == 0) {
		char *space = buf + 8, *nhe;

		while (*space == ' ' || *space == '\t')
			space++;
		if (*space == '\0')
			return;	/* libhyphen would write before the string */
		d->nohyphen = pool_strndup(L, space, strlen(space));
		nhe = d->nohyphen + strlen(d->nohyphen) - 1;
		*nhe = '\0';
		for (nhe = nhe - 1; nhe > d->nohyphen; nhe--)
			if (*nhe == ',') {
				d->nohyphenl++;
				*nhe = '\0';
			}
		return;
	}
	j = 0;
	pattern[j] = '0';
	if ((repl = strchr(buf, '/')) != NULL) {
		char *index = strchr(repl + 1, ',');

		*repl = '\0';
		if (index != NULL) {
			char *index2 = strchr(index + 1, ',');

			*index = '\0';
			if (index2 != NULL) {
				*index2 = '\0';
				replindex = (signed char)(atoi(index + 1) - 1);
				replcut = (signed char)atoi(index2 + 1);
			}
		} else {
			chomp(repl + 1);
			replindex = 0;
			replcut = (signed char)strlen(buf);
		}
		repl = pool_strndup(L, repl + 1, strlen(repl + 1));
	}
	for (i = 0; (unsigned char)buf[i] > (unsigned char)' '; i++) {
		if (buf[i] >= '0' && buf[i] <= '9')
			pattern[j] = buf[i];
		else {
			word[j] = buf[i];
			pattern[++j] = '0';
		}
	}
	word[j] = '\0';
	pattern[j + 1] = '\0';
	i = 0;
	if (repl == NULL)
		while (pattern[i] == '0')
			i++;
	else {
		if (*word == '.')
			i++;
		/* UTF-8 character positions of a replacement to bytes */
		if (d->utf8) {
			int pu = -1, ps = -1;
			size_t pc = *word == '.' ? 1 : 0;

			for (; pc < strlen(word) + 1; pc++) {
				if (((unsigned char)word[pc] >> 6) != 2)
					pu++;
				if (ps < 0 && replindex == pu) {
					ps = replindex;
					replindex = (signed char)pc;
				}
				if (ps >= 0 && pu - ps == replcut) {
					replcut = (signed char)(pc - (size_t)replindex);
					break;
				}
			}
			if (*word == '.')
				replindex--;
		}
	}
	st = get_state(L, word, (size_t)j, &found);
	d->states[st].match = pool_strndup(L, pattern + i, strlen(pattern + i));
	d->states[st].repl = repl;
	d->states[st].replindex = replindex;
	d->states[st].replcut = replcut != 0 ? replcut : (signed char)strlen(word);
	/* the prefix transitions */
	for (; !found && j > 0; --j) {
		last = st;
		st = get_state(L, word, (size_t)j - 1, &found);
		add_trans(L, st, last, word[j - 1]);
	}
}

/* fgets(buf, size) on the file's bytes: 0 at the end. */
static int
next_line(const char **p, const char *end, char *buf, size_t size)
{
	size_t n = 0;

	if (*p >= end)
		return 0;
	while (n + 1 < size && *p < end) {
		char c = *(*p)++;

		buf[n++] = c;
		if (c == '\n')
			break;
	}
	buf[n] = '\0';
	return 1;
}

static void
level_start(struct level *L, struct hyph_patterns *hp, int k)
{
	int found;

	memset(L, 0, sizeof(*L));
	L->owner = hp;
	L->dict = mem_arena_alloc(hp->arena, sizeof(*L->dict), __func__);
	L->cap = L->keycap = 1024;
	L->dict->states = hp->states[k] = xmalloc(L->cap * sizeof(HyphenState));
	L->key = xmalloc(L->keycap * sizeof(*L->key));
	L->keylen = xmalloc(L->keycap * sizeof(*L->keylen));
	grow_table(L);
	(void)get_state(L, "", 0, &found);
}

/* The fallback states and the transitions in one block; frees the
 * reading's own tables. */
static void
level_end(struct level *L, int k)
{
	HyphenDict *d = L->dict;
	HyphenTrans *all;
	size_t *at, e;
	int st, j;

	for (st = 1; st < d->num_states; st++) {
		for (j = 1; lookup(L, L->key[st] + j, L->keylen[st] - (size_t)j) < 0; j++)
			continue;
		d->states[st].fallback_state = lookup(L, L->key[st] + j, L->keylen[st] - (size_t)j);
	}
	at = xcalloc((size_t)d->num_states + 1, sizeof(*at));
	for (e = 0; e < L->nedges; e++)
		at[L->edges[e].from + 1]++;
	for (st = 0; st < d->num_states; st++)
		at[st + 1] += at[st];
	all = L->nedges > 0 ? mem_arena_alloc(L->owner->arena, L->nedges * sizeof(*all),
	    __func__) : NULL;
	for (st = 0; st < d->num_states; st++)
		if (at[st + 1] > at[st])
			d->states[st].trans = all + at[st];
	for (e = 0; e < L->nedges; e++) {
		HyphenState *hs = &d->states[L->edges[e].from];

		hs->trans[hs->num_trans].ch = L->edges[e].ch;
		hs->trans[hs->num_trans].new_state = L->edges[e].to;
		hs->num_trans++;
	}
	free(at);
	free(L->edges);
	free(L->table);
	free(L->key);
	free(L->keylen);
	L->owner->states[k] = d->states;
}

struct hyph_patterns *
hyph_patterns_read(const char *text, size_t len)
{
	struct hyph_patterns *hp = xcalloc(1, sizeof(*hp));
	const char *p = text, *end = text + len;
	char buf[LINE_MAX_CHARS];
	HyphenDict *dict[2];
	struct level L;
	int k, i, nextlevel = 0;

	hp->arena = arena_new();
	for (k = 0; k < 2; k++) {
		level_start(&L, hp, k);
		dict[k] = L.dict;
		if (k == 0) {
			memset(dict[0]->cset, 0, sizeof(dict[0]->cset));
			if (next_line(&p, end, dict[0]->cset, sizeof(dict[0]->cset)))
				for (i = 0; i < MAX_NAME; i++)
					if (dict[0]->cset[i] == '\r' || dict[0]->cset[i] == '\n')
						dict[0]->cset[i] = '\0';
			dict[0]->utf8 = strcmp(dict[0]->cset, "UTF-8") == 0;
		} else {
			memcpy(dict[1]->cset, dict[0]->cset, sizeof(dict[1]->cset) - 1);
			dict[1]->cset[sizeof(dict[1]->cset) - 1] = '\0';
			dict[1]->utf8 = dict[0]->utf8;
		}
		if (k == 0 || nextlevel) {
			while (next_line(&p, end, buf, sizeof(buf))) {
				if (strncmp(buf, "NEXTLEVEL", 9) == 0) {
					nextlevel = 1;
					break;
				} else if (buf[0] != '%')
					load_line(&L, buf);
			}
		} else {
			/* the default first level: hyphen and apostrophe */
			static const char *const plain[] = { "NOHYPHEN ',-\n", "1-1\n", "1'1\n", NULL };
			static const char *const utf8[] = {
				"NOHYPHEN ',\xe2\x80\x93,\xe2\x80\x99,-\n", "1-1\n", "1'1\n",
				"1\xe2\x80\x93" "1\n", "1\xe2\x80\x99" "1\n", NULL };
			const char *const *line = dict[0]->utf8 ? utf8 : plain;

			for (; *line != NULL; line++) {
				snprintf(buf, sizeof(buf), "%s", *line);
				load_line(&L, buf);
			}
		}
		level_end(&L, k);
	}
	if (nextlevel) {
		dict[0]->nextlevel = dict[1];
		hp->top = dict[0];
	} else {
		dict[1]->nextlevel = dict[0];
		dict[1]->lhmin = dict[0]->lhmin;
		dict[1]->rhmin = dict[0]->rhmin;
		dict[1]->clhmin = dict[0]->clhmin ? dict[0]->clhmin :
		    dict[0]->lhmin ? dict[0]->lhmin : 3;
		dict[1]->crhmin = dict[0]->crhmin ? dict[0]->crhmin :
		    dict[0]->rhmin ? dict[0]->rhmin : 3;
		hp->top = dict[1];
	}
	return hp;
}

HyphenDict *
hyph_patterns_dict(const struct hyph_patterns *hp)
{
	return hp->top;
}

void
hyph_patterns_free(struct hyph_patterns *hp)
{
	if (hp == NULL)
		return;
	free(hp->states[0]);
	free(hp->states[1]);
	arena_free(hp->arena);
	free(hp);
}
