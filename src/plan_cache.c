/* The cache of routing summaries: one manifest line per input file
 * ("sum", its path, then the fields of struct plan_sum; text escaped), read
 * back into a map by path. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mem.h"
#include "plan.h"
#include "strmap.h"

struct plan_cache {
	char		**paths;
	struct plan_sum	 *sums;
	size_t		  n, cap;
	struct strmap	  by_path;
};

/* Text in a field of a tab-separated line: \ t and newlines escaped,
 * NULL as "\0". */
static void
put_text(struct buf *b, const char *s)
{
	buf_addc(b, '\t');
	if (s == NULL) {
		buf_adds(b, "\\0");
		return;
	}
	for (; *s != '\0'; s++)
		if (*s == '\\' || *s == '\t' || *s == '\n' || *s == '\r')
			buf_printf(b, "\\%c", *s == '\\' ? '\\' : *s == '\t' ? 't' : *s == '\n' ? 'n' : 'r');
		else
			buf_addc(b, *s);
}

static int
get_text(const char *f, char **out)
{
	char *o, *p;

	*out = NULL;
	if (strcmp(f, "\\0") == 0)
		return 0;
	o = p = xmalloc(strlen(f) + 1);
	for (; *f != '\0'; f++) {
		if (*f != '\\') {
			*p++ = *f;
			continue;
		}
		f++;
		if (*f == '\\' || *f == 't' || *f == 'n' || *f == 'r')
			*p++ = *f == '\\' ? '\\' : *f == 't' ? '\t' : *f == 'n' ? '\n' : '\r';
		else {
			free(o);
			return -1;
		}
	}
	*p = '\0';
	*out = o;
	return 0;
}

void
plan_cache_line(struct buf *b, const char *path, const struct plan_sum *s)
{
	size_t i;

	buf_adds(b, "sum");
	put_text(b, path);
	buf_printf(b, "\t%d\t%d\t%d\t%d\t%d\t%ld", (int)s->type, (int)s->rlevel, (int)s->olevel,
	    (int)s->level, s->dup, s->line);
	put_text(b, s->id);
	put_text(b, s->key);
	put_text(b, s->name);
	buf_printf(b, "\t%d\t%d\t%d", s->from_y, s->to_y, s->report);
	buf_printf(b, "\t%d\t%d\t%d\t%d\t%d\t%zu", s->kind, s->y, s->m, s->d, s->next_year, s->nyears);
	for (i = 0; i < s->nyears; i++)
		buf_printf(b, "\t%d", s->years[i]);
	buf_printf(b, "\t%zu", s->nsets);
	for (i = 0; i < s->nsets; i++)
		put_text(b, s->sets[i]);
	buf_printf(b, "\t%zu", s->nforeign);
	for (i = 0; i < s->nforeign; i++)
		put_text(b, s->foreign[i]);
	buf_printf(b, "\t%zu", s->nlogos);
	for (i = 0; i < s->nlogos; i++)
		put_text(b, s->logos[i]);
	/* last: the level without the logo checks, and the nämnder, three
	 * fields each */
	buf_printf(b, "\t%d\t%zu", (int)s->tlevel, s->nnamnds);
	for (i = 0; i < s->nnamnds; i++) {
		put_text(b, s->namnds[i].id);
		put_text(b, s->namnds[i].name);
		put_text(b, s->namnds[i].kommun);
	}
	buf_addc(b, '\n');
}

/* A number field within [lo, hi]. */
static int
get_int(const char *f, long lo, long hi, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(f, &end, 10);
	return end != f && *end == '\0' && errno == 0 && *out >= lo && *out <= hi ? 0 : -1;
}

static int
get_list(char **fld, size_t n, size_t *at, char ***list, size_t *count)
{
	long k;
	size_t i;

	if (*at >= n || get_int(fld[*at], 0, (long)(n - *at - 1), &k) != 0)
		return -1;
	(*at)++;
	*list = xcalloc((size_t)k + 1, sizeof(**list));
	for (i = 0; i < (size_t)k; i++, (*at)++) {
		if (get_text(fld[*at], &(*list)[i]) != 0 || (*list)[i] == NULL)
			return -1;
		(*count)++;
	}
	return 0;
}

static int
parse_sum(char **fld, size_t n, struct plan_sum *s)
{
	long v[16], k;
	size_t at = 0, i;

	if (n < 19)
		return -1;
	for (i = 0; i < 6; i++)
		if (get_int(fld[1 + i], i == 0 ? 0 : 0, i == 0 ? 3 : i == 4 ? 1 : i == 5 ? 1L << 40 : DIAG_SYSERR,
		    &v[i]) != 0)
			return -1;
	s->type = (enum plan_type)v[0];
	s->rlevel = (enum diag_level)v[1];
	s->olevel = (enum diag_level)v[2];
	s->level = (enum diag_level)v[3];
	s->dup = v[4] != 0;
	s->line = v[5];
	if (get_text(fld[7], &s->id) != 0 || get_text(fld[8], &s->key) != 0 ||
	    get_text(fld[9], &s->name) != 0)
		return -1;
	for (i = 0; i < 3; i++)
		if (get_int(fld[10 + i], i == 2 ? 0 : -99999, i == 2 ? 1 : 99999, &v[i]) != 0)
			return -1;
	s->from_y = (int)v[0];
	s->to_y = (int)v[1];
	s->report = v[2] != 0;
	for (i = 0; i < 6; i++)
		if (get_int(fld[13 + i], i == 0 ? 0 : -99999, i == 0 ? 3 : i == 5 ? (long)(n - 19) : 99999,
		    &v[i]) != 0)
			return -1;
	s->kind = (int)v[0];
	s->y = (int)v[1];
	s->m = (int)v[2];
	s->d = (int)v[3];
	s->next_year = (int)v[4];
	at = 19;
	s->years = xcalloc((size_t)v[5] + 1, sizeof(int));
	for (i = 0; i < (size_t)v[5]; i++, at++) {
		if (get_int(fld[at], -99999, 99999, &k) != 0)
			return -1;
		s->years[s->nyears++] = (int)k;
	}
	if (get_list(fld, n, &at, &s->sets, &s->nsets) != 0 ||
	    get_list(fld, n, &at, &s->foreign, &s->nforeign) != 0 ||
	    get_list(fld, n, &at, &s->logos, &s->nlogos) != 0)
		return -1;
	if (at + 1 >= n || get_int(fld[at], 0, DIAG_SYSERR, &k) != 0)
		return -1;
	s->tlevel = (enum diag_level)k;
	at++;
	if (get_int(fld[at], 0, (long)(n - at - 1) / 3, &k) != 0)
		return -1;
	at++;
	s->namnds = xcalloc((size_t)k + 1, sizeof(*s->namnds));
	for (i = 0; i < (size_t)k; i++, at += 3) {
		struct plan_namnd *nd = &s->namnds[s->nnamnds++];

		if (get_text(fld[at], &nd->id) != 0 || nd->id == NULL ||
		    get_text(fld[at + 1], &nd->name) != 0 || get_text(fld[at + 2], &nd->kommun) != 0)
			return -1;
	}
	if (at != n)
		return -1;
	/* what planning relies on */
	if (s->type != PLAN_NONE && (s->id == NULL || s->key == NULL))
		return -1;
	return 0;
}

int
plan_cache_add(struct plan_cache **cp, char **fld, size_t n)
{
	struct plan_cache *c = *cp;
	struct plan_sum s;
	char *path;

	memset(&s, 0, sizeof(s));
	if (n < 1 || get_text(fld[0], &path) != 0 || path == NULL)
		return -1;
	if (parse_sum(fld, n, &s) != 0) {
		plan_sum_free(&s);
		free(path);
		return -1;
	}
	if (c == NULL)
		c = *cp = xcalloc(1, sizeof(*c));
	if (strmap_slot(&c->by_path, path, false) != NULL) {
		plan_sum_free(&s);
		free(path);
		return -1;
	}
	xgrow((void **)&c->paths, &c->cap, c->n + 1, sizeof(*c->paths));
	c->sums = xrealloc(c->sums, c->cap * sizeof(*c->sums));
	c->paths[c->n] = path;
	c->sums[c->n] = s;
	*strmap_slot(&c->by_path, path, true) = c->n;
	c->n++;
	return 0;
}

const struct plan_sum *
plan_cache_get(const struct plan_cache *c, const char *path)
{
	size_t *i;

	if (c == NULL || (i = strmap_slot((struct strmap *)&c->by_path, path, false)) == NULL)
		return NULL;
	return &c->sums[*i];
}

void
plan_cache_free(struct plan_cache *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->paths[i]);
		plan_sum_free(&c->sums[i]);
	}
	free(c->paths);
	free(c->sums);
	strmap_free(&c->by_path);
	free(c);
}
